package vn.chidoan.core.org.member.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * After a link both accounts are told, with a button that undoes it for seven days; {@code /toi} shows
 * the linked accounts and unlinks them; every link, merge, unlink and undo is audited with ids only.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class LinkUndoTest {
    @Parameter
    Database db;

    TestBot bot;
    Scenarios.Branch branch;
    Speaker dung;

    @BeforeEach
    void memberOnTelegram() {
        bot = TestBot.on(db);
        branch = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam"), "Chi đoàn 12A1", "-100");
        dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
    }

    private Turn accepts(Speaker account, Speaker issuer) {
        String code = (String) bot.inPrivate(issuer).says("/toi").value("member.link.offer", "code");
        Turn asked = bot.inPrivate(account).says("/start " + code);
        return bot.inPrivate(account).presses(asked.buttonData("lk:y:"));
    }

    private PersonId personOf(Speaker who) {
        return bot.members().personOf(who.ref()).orElseThrow().id();
    }

    private List<RecordingOutbox.Sent> to(Turn turn, Speaker who) {
        return turn.messages().stream().filter(m -> m.chat().equals(who.ref().privateChat())).toList();
    }

    @Test
    void bothAccountsAreToldOfTheLinkWithAButtonToUndoIt() {
        Speaker onMessenger = bot.messengerUser();

        Turn linked = accepts(onMessenger, dung);

        assertThat(to(linked, onMessenger)).singleElement().satisfies(done -> {
            assertThat(done.text()).contains("Messenger", "7 ngày");
            assertThat(done.buttons()).anyMatch(b -> b.data() != null && b.data().startsWith("lk:u:"));
        });
        assertThat(to(linked, dung)).singleElement().satisfies(notice -> {
            assertThat(notice.text()).contains("vừa được liên kết", "Messenger");
            assertThat(notice.buttons()).anyMatch(b -> b.data() != null && b.data().startsWith("lk:u:"));
        });
    }

    @Test
    void eitherAccountUndoesALinkWithinSevenDays() {
        Speaker onMessenger = bot.messengerUser();
        Turn linked = accepts(onMessenger, dung);
        bot.clock().advance(Duration.ofDays(6));

        Turn undone = bot.inPrivate(dung).presses(linked.buttonData("lk:u:"));

        assertThat(undone.templates()).contains("member.link.undone");
        assertThat(to(undone, onMessenger)).singleElement()
                .satisfies(notice -> assertThat(notice.text()).contains("vừa được hủy"));
        assertThat(bot.members().personOf(onMessenger.ref())).isEmpty();
        assertThat(bot.members().accountsOf(personOf(dung))).containsExactly(dung.ref());
        assertThat(bot.inPrivate(onMessenger).presses(linked.buttonData("lk:u:")).templates())
                .as("the account is no longer the person's").containsExactly("member.link.undo_gone");
    }

    @Test
    void afterSevenDaysTheUndoButtonSaysWhatToDoInstead() {
        Speaker onMessenger = bot.messengerUser();
        Turn linked = accepts(onMessenger, dung);
        bot.clock().advance(AccountLinks.UNDO_FOR);

        Turn late = bot.inPrivate(dung).presses(linked.buttonData("lk:u:"));

        assertThat(late.templates()).containsExactly("member.link.undo_late");
        assertThat(late.text()).contains("/toi", "Bỏ liên kết");
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
    }

    @Test
    void undoingAMergeGivesTheMergedRecordBackWithTheBranchesRolesAndOfficesItBrought() {
        Scenarios.Branch other = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Nam Định"),
                "Chi đoàn Khu phố 3", "-200");
        Speaker sameDung = bot.messengerUser();
        Scenarios.consents(bot, sameDung, bot.inPrivate(sameDung).opens(other.joinLink()));
        bot.inPrivate(sameDung).says("Phạm Thị Dung");
        bot.inPrivate(sameDung).opens(branch.joinLink());
        bot.inGroup(branch.groupId(), branch.secretary()).says("/bch_them 3");
        String unitCode = (String) bot.inPrivate(bot.admin()).says("/donvi_them Tỉnh đoàn Ninh Bình")
                .value("org.unit.created", "code");
        bot.inPrivate(sameDung).says("/start " + unitCode);
        PersonId messengerRecord = personOf(sameDung);
        Turn linked = accepts(sameDung, dung);
        PersonId one = personOf(dung);
        assertThat(personOf(sameDung)).isEqualTo(one);
        assertThat(bot.members().membershipsOf(one)).hasSize(2)
                .filteredOn(m -> m.branch().equals(unitOf(branch))).extracting(Membership::role).containsExactly(Role.BCH);
        assertThat(bot.org().officerUnits(one)).hasSize(1);
        assertThat(bot.mongo().findAll(Document.class, LinkAudit.COLLECTION)).singleElement().satisfies(merge -> {
            assertThat(merge.getString("kind")).isEqualTo("MERGE");
            assertThat(merge.getString("from")).isEqualTo(messengerRecord.value());
            assertThat(merge.getString("account")).isEqualTo(sameDung.ref().key());
        });

        bot.inPrivate(sameDung).presses(linked.buttonData("lk:u:"));

        assertThat(personOf(sameDung)).isEqualTo(messengerRecord);
        assertThat(bot.members().person(messengerRecord).orElseThrow().name()).isEqualTo("Phạm Thị Dung");
        assertThat(bot.members().membershipsOf(messengerRecord)).extracting(Membership::branch, Membership::role)
                .containsExactlyInAnyOrder(tuple(unitOf(other), Role.MEMBER),
                        tuple(unitOf(branch), Role.BCH));
        assertThat(bot.members().membershipsOf(one)).extracting(Membership::branch, Membership::role)
                .containsExactly(tuple(unitOf(branch), Role.MEMBER));
        assertThat(bot.org().officerUnits(one)).isEmpty();
        assertThat(bot.org().officerUnits(messengerRecord)).hasSize(1);
    }

    @Test
    void toiShowsTheLinkedAccountsAndUnlinksOne() {
        Speaker onMessenger = bot.messengerUser();
        accepts(onMessenger, dung);

        Turn me = bot.inPrivate(dung).says("/toi");
        assertThat(me.text()).contains("Đã liên kết: tài khoản Messenger");
        Turn unlinked = bot.inPrivate(dung).presses(me.buttonData("lk:x:messenger"));

        assertThat(unlinked.templates()).contains("member.link.unlinked");
        assertThat(to(unlinked, onMessenger)).singleElement()
                .satisfies(notice -> assertThat(notice.text()).contains("bỏ liên kết", "/start"));
        assertThat(bot.members().personOf(onMessenger.ref())).isEmpty();
        assertThat(bot.members().accountsOf(personOf(dung))).containsExactly(dung.ref());
        assertThat(bot.inPrivate(dung).presses("lk:x:messenger").templates())
                .containsExactly("member.link.unlink_gone");
    }

    @Test
    void everyLinkUnlinkAndUndoIsAuditedWithIdsAndNoPersonalText() {
        Speaker first = bot.messengerUser();
        Turn linked = accepts(first, dung);
        bot.inPrivate(dung).presses(linked.buttonData("lk:u:"));
        Speaker second = bot.messengerUser();
        accepts(second, dung);
        bot.inPrivate(dung).presses(bot.inPrivate(dung).says("/toi").buttonData("lk:x:messenger"));

        List<Document> audit = bot.mongo().findAll(Document.class, LinkAudit.COLLECTION);

        assertThat(audit).extracting(d -> d.getString("kind")).containsExactlyInAnyOrder("LINK", "UNDO", "LINK",
                "UNLINK");
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.getString("person")).isEqualTo(personOf(dung).value());
            assertThat(entry.get("at")).isNotNull();
            assertThat(entry.toJson()).doesNotContain("Phạm Thị Dung", "Chi đoàn 12A1");
        });
        assertThat(audit).filteredOn(d -> "UNLINK".equals(d.getString("kind"))).singleElement()
                .satisfies(unlink -> {
                    assertThat(unlink.getString("by")).isEqualTo(dung.ref().key());
                    assertThat(unlink.getString("account")).isEqualTo(second.ref().key());
                });
        assertThat(audit).filteredOn(d -> "LINK".equals(d.getString("kind")))
                .extracting(d -> d.getString("account")).containsExactlyInAnyOrder(first.ref().key(), second.ref().key());
    }

    private UnitId unitOf(Scenarios.Branch b) {
        return bot.org().branchOfChat(b.group()).orElseThrow();
    }
}
