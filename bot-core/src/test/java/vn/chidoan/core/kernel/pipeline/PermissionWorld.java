package vn.chidoan.core.kernel.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.TestFiles;
import vn.chidoan.core.testing.Turn;

/**
 * The world the {@link PermissionTable} is run in: a province; district Kim Bảng with branch 12A1 (group
 * {@code -100}) whose secretary, committee member and member act, with a guest who was removed from it;
 * district Duy Tiên with branch 12B1, whose officer is the "officer elsewhere"; an admin who is a member of
 * 12B1. 12A1 has an open post, a meeting starting in 20 minutes with its check-in QR code, an open fee book,
 * an open sign-up and poll (its secretary's), a form its secretary left half-built, and a person to remove.
 * Each cell starts from that world as it was (the database is put back), so no cell depends on another.
 * Rights do not depend on the database, so this runs on the embedded one only.
 */
final class PermissionWorld {
    static final String GROUP = "-100";

    final TestBot bot;
    final List<Speaker> actors;
    private final Map<String, String> objects;
    private final Map<String, List<Document>> world;

    PermissionWorld() {
        bot = TestBot.on(Database.EMBEDDED);
        Speaker province = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Speaker officer = Scenarios.subUnitOfficer(bot, province, "Huyện đoàn Kim Bảng", "Cán Bộ Huyện");
        Speaker elsewhere = Scenarios.subUnitOfficer(bot, province, "Huyện đoàn Duy Tiên", "Cán Bộ Nơi Khác");
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", GROUP);
        Scenarios.Branch other = Scenarios.linkedBranch(bot, elsewhere, "Chi đoàn 12B1", "-200");
        Speaker secretary = branch.secretary();
        Speaker member = Scenarios.joined(bot, branch, "Đoàn Viên");
        Speaker bch = Scenarios.joined(bot, branch, "Ủy Viên");
        bot.inGroup(GROUP, secretary).says("/bch_them 3");
        Speaker target = Scenarios.joined(bot, branch, "Người Bị Xóa");
        Speaker guest = Scenarios.joined(bot, branch, "Người Khách");
        bot.inGroup(GROUP, secretary).presses(bot.inGroup(GROUP, secretary).says("/thanhvien_xoa 5").buttonData("mdel:"));
        Scenarios.consents(bot, bot.admin(), bot.inPrivate(bot.admin()).opens(other.joinLink()));
        actors = List.of(guest, member, bch, secretary, officer, elsewhere, bot.admin());
        objects = objects(branch, secretary, officer, target, member);
        world = snapshot();
    }

    /** What happens when {@code actor} does {@code what} in 12A1's group ({@code inGroup}) or in private. */
    String outcome(String what, Speaker actor, boolean inGroup) {
        restore();
        String typed = fill(what);
        var chat = inGroup ? bot.inGroup(GROUP, actor) : bot.inPrivate(actor);
        Turn turn = typed.startsWith("/") ? chat.says(typed) : chat.presses(typed);
        List<String> said = turn.templates();
        if (said.stream().anyMatch(key -> key.startsWith(PermissionTable.NOT_HERE))) {
            return PermissionMatrix.NOT_THERE;
        }
        boolean refused = said.stream().anyMatch(key -> PermissionTable.REFUSALS.stream().anyMatch(key::startsWith));
        return refused ? PermissionMatrix.REFUSED : PermissionMatrix.MAY;
    }

    String fill(String what) {
        String typed = what.replace(" ⏎ ", "\n").replace('¦', '|');
        for (Map.Entry<String, String> object : objects.entrySet()) {
            typed = typed.replace(object.getKey(), object.getValue());
        }
        return typed;
    }

    /** The objects the rows name: 12A1's post, meeting, QR code, codes and the person to remove. */
    private Map<String, String> objects(Scenarios.Branch branch, Speaker secretary, Speaker officer, Speaker target,
            Speaker member) {
        bot.inGroup(GROUP, secretary).says("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");
        bot.inGroup(GROUP, secretary).says("/hop 02/03 8h20 Sinh hoạt chi đoàn"); // now is 08:00
        bot.inGroup(GROUP, secretary).says("/diemdanh_qr");
        bot.inGroup(GROUP, secretary).says("/doanphi mo");
        bot.inGroup(GROUP, secretary).says("/danhgia_mo 20/03");
        bot.inGroup(GROUP, secretary).says("/dangky_tao Hiến máu nhân đạo");
        bot.inGroup(GROUP, secretary).says("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật");
        bot.inPrivate(secretary).says("/dangky_tao"); // a draft left, to be opened by its link
        bot.inPrivate(secretary).says("/huy");
        Turn notice = bot.inPrivate(officer).says("/thongbao Lịch trực tuần 1.");
        bot.inPrivate(officer).presses(notice.buttonData("dlg:send"));
        Map<String, String> objects = new LinkedHashMap<>();
        objects.put("<notice>", "1");
        objects.put("<post-link>", bot.mongo().getCollection("comment_posts").find().first().getString("link"));
        objects.put("<post>", "1");
        objects.put("<form-link>", bot.mongo().getCollection("forms").find().first().getString("link"));
        objects.put("<draft-link>", bot.mongo().getCollection("form_drafts").find().first().getString("link"));
        objects.put("<form>", "1");
        objects.put("<poll>", "1");
        objects.put("<book>", "1");
        bot.inPrivate(member).says("/doanphi"); // the member's fee code is given when the book is first read
        objects.put("<fee-code>", bot.mongo().getCollection("fee_members").find(new Document("person",
                bot.members().personOf(member.ref()).orElseThrow().id().value())).first().get("code").toString());
        objects.put("<meeting>", bot.outbox().messagesTo(branch.group()).stream().flatMap(m -> m.buttons().stream())
                .map(b -> b.data()).filter(d -> d != null && d.startsWith("mrs:")).findFirst().orElseThrow()
                .split(":")[1]);
        objects.put("<qr>", bot.mongo().getCollection("meeting_tokens").find().first().getString("_id"));
        objects.put("<branch>", bot.org().branchOfChat(branch.group()).orElseThrow().value());
        objects.put("<target>", bot.members().personOf(target.ref()).orElseThrow().id().value());
        objects.put("<join-code>", FakeDeepLinks.payloadOf(branch.joinLink()));
        objects.put("<unit-code>", (String) bot.inPrivate(officer).says("/donvi_them Đoàn trường THPT Mới")
                .value("org.unit.created", "code"));
        objects.put("<account-code>", (String) bot.inPrivate(target).says("/toi").value("member.link.offer", "code"));
        bot.inGroup(GROUP, secretary).says("/ketnap Nguyễn Văn Mới 15/03/2009");
        objects.put("<admission>", bot.mongo().getCollection("member_admissions").find().first().getString("_id"));
        String ref = objects.get("<branch>") + ":" + objects.get("<target>");
        bot.inPrivate(secretary).presses("hso:move:" + ref);
        Turn found = bot.inPrivate(secretary).says("12B1");
        bot.inPrivate(secretary).presses(bot.inPrivate(secretary).presses(found.buttonData("dlg:b:")).buttonData("dlg:ok"));
        objects.put("<transfer>", bot.mongo().getCollection("member_transfers").find().first().getString("_id"));
        bot.inGroup(GROUP, secretary).says("/thanhvien_them Người Chưa Có");
        List<RosterEntry> roster = bot.members().roster(bot.org().branchOfChat(branch.group()).orElseThrow());
        String unclaimed = roster.get(roster.size() - 1).person().value();
        Turn imported = bot.inPrivate(secretary).sends(bot.bean(TestFiles.class).document("ds.xlsx",
                Spreadsheet.named("ds").sheet("Đoàn viên", List.of("Họ và tên", "Ngày sinh"),
                        List.of(List.of("Trần Văn Nhập", "15/03/2008"))).bytes()), "/thanhvien_nhap");
        objects.put("<import>", imported.buttonData("hsn:").split(":")[1]);
        objects.put("<record-code>", (String) bot.inPrivate(secretary).presses("hso:code:" + objects.get("<branch>")
                + ":" + unclaimed).value("record.claim.code", "code"));
        return objects;
    }

    private Map<String, List<Document>> snapshot() {
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        for (String collection : bot.mongo().getCollectionNames()) {
            documents.put(collection, bot.mongo().getCollection(collection).find().into(new ArrayList<>()));
        }
        return documents;
    }

    /** Puts the database back as the world left it, and the clock. */
    private void restore() {
        for (String collection : bot.mongo().getCollectionNames()) {
            bot.mongo().getCollection(collection).deleteMany(new Document());
        }
        world.forEach((collection, documents) -> {
            if (!documents.isEmpty()) {
                bot.mongo().getCollection(collection).insertMany(documents.stream().map(Document::new)
                        .collect(Collectors.toList()));
            }
        });
        bot.clock().set(TestBot.START);
    }
}
