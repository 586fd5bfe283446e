package vn.chidoan.core.features.report;

import java.time.LocalDateTime;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A province with two districts, built on 1 February 2026: Kim Bảng has branches 12A1 (group {@code -100}:
 * its secretary, Dung, Giang and Hoa) and 12A2 ({@code -200}: its secretary and Lan); Duy Tiên has 12B1
 * ({@code -300}: its secretary). Meetings, as the branches held them:
 * <ul>
 * <li>12A1, 10/02 19:00 "Sinh hoạt tháng 2": Dung, Giang and Hoa checked in (3 of 4);</li>
 * <li>12A2, 12/02 19:00 "Sinh hoạt 12A2": Lan checked in (1 of 2);</li>
 * <li>12A1, 02/03 19:30 "Sinh hoạt tháng 3": Dung on time, Giang late, Hoa away with a reason, the
 * secretary absent (2 of 4, 1 excused);</li>
 * <li>12B1, 05/03 19:00 "Sinh hoạt 12B1": its secretary checked in (1 of 1).</li>
 * </ul>
 * 12A2 held no meeting in March. The clock then stands at 20 March 2026, 09:00.
 */
final class ReportScenario {
    final TestBot bot;
    final Speaker province;
    final Speaker district;
    final Speaker elsewhere;
    final Scenarios.Branch a1;
    final Scenarios.Branch a2;
    final Scenarios.Branch b1;
    final Speaker dung;
    final Speaker giang;
    final Speaker hoa;
    final Speaker lan;

    ReportScenario(Database db) {
        this(TestBot.on(db));
    }

    ReportScenario(TestBot bot) {
        this.bot = bot;
        at(2, 1, 8, 0);
        province = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        district = Scenarios.subUnitOfficer(bot, province, "Huyện đoàn Kim Bảng", "Cán Bộ Huyện");
        elsewhere = Scenarios.subUnitOfficer(bot, province, "Huyện đoàn Duy Tiên", "Cán Bộ Nơi Khác");
        a1 = Scenarios.linkedBranch(bot, district, "Chi đoàn 12A1", "-100");
        a2 = Scenarios.linkedBranch(bot, district, "Chi đoàn 12A2", "-200");
        b1 = Scenarios.linkedBranch(bot, elsewhere, "Chi đoàn 12B1", "-300");
        dung = Scenarios.joined(bot, a1, "Phạm Thị Dung");
        giang = Scenarios.joined(bot, a1, "Vũ Văn Giang");
        hoa = Scenarios.joined(bot, a1, "Lê Thị Hoa");
        lan = Scenarios.joined(bot, a2, "Trần Thị Lan");

        meeting(a1, "10/02 19h", "Sinh hoạt tháng 2", 2, 10, 19, 0, List.of(dung, giang, hoa));
        meeting(a2, "12/02 19h", "Sinh hoạt 12A2", 2, 12, 19, 0, List.of(lan));
        at(2, 25, 8, 0);
        String march = call(a1, "02/03 19h30", "Sinh hoạt tháng 3");
        bot.inGroup(a1.groupId(), hoa).presses("mrs:" + march + ":n");
        bot.inPrivate(hoa).says("Ốm");
        at(3, 2, 19, 25);
        bot.inGroup(a1.groupId(), a1.secretary()).says("/diemdanh");
        bot.inGroup(a1.groupId(), dung).presses("mci:" + march);
        at(3, 2, 19, 55);
        bot.inGroup(a1.groupId(), giang).presses("mci:" + march);
        bot.inGroup(a1.groupId(), a1.secretary()).says("/diemdanh_dong");
        meeting(b1, "05/03 19h", "Sinh hoạt 12B1", 3, 5, 19, 0, List.of(b1.secretary()));
        at(3, 20, 9, 0);
    }

    /** A meeting called, held, everyone present checked in on time, and closed. */
    private void meeting(Scenarios.Branch branch, String when, String topic, int month, int day, int hour, int minute,
            List<Speaker> present) {
        String id = call(branch, when, topic);
        at(month, day, hour, minute);
        bot.inGroup(branch.groupId(), branch.secretary()).says("/diemdanh");
        present.forEach(p -> bot.inGroup(branch.groupId(), p).presses("mci:" + id));
        bot.inGroup(branch.groupId(), branch.secretary()).says("/diemdanh_dong");
        at(month, day, hour + 3, 0);
    }

    /** Calls a meeting; its id. */
    private String call(Scenarios.Branch branch, String when, String topic) {
        bot.inGroup(branch.groupId(), branch.secretary()).says("/hop " + when + " " + topic);
        return bot.mongo().findOne(Query.query(Criteria.where("topic").is(topic)), Document.class, "meetings")
                .getString("_id");
    }

    void at(int month, int day, int hour, int minute) {
        bot.clock().set(LocalDateTime.of(2026, month, day, hour, minute).atZone(MutableClock.VIETNAM).toInstant());
    }

    /** The report's text of a turn: the message the job sent after "đang tổng hợp" for an officer. */
    static String summary(Turn turn) {
        return turn.messages().stream().map(RecordingOutbox.Sent::text).filter(t -> t.contains("Báo cáo ")).findFirst()
                .orElseThrow(() -> new AssertionError("no report in " + turn));
    }

    /** The files a turn sent, wherever they went. */
    static List<Attachment> files(Turn turn, Attachment.Kind kind) {
        return turn.messages().stream().map(RecordingOutbox.Sent::message).map(m -> m.attachment())
                .filter(a -> a != null && a.kind() == kind).toList();
    }
}
