package vn.chidoan.core.org.member.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.event.EventListener;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.MemberEvents;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * One person, one record: a member links their Telegram and Messenger accounts with the one-time code
 * {@code /toi} shows. Opening the code only asks; the account joins when its owner accepts, and a record
 * with roles merges only into a record of the same name.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class AccountLinkingTest {
    @Parameter
    Database db;

    TestBot bot;
    Scenarios.Branch branch;
    Speaker dung;

    @BeforeEach
    void memberOnTelegram() {
        bot = TestBot.builder(db).with(FailOnceOnMerge.class).build();
        branch = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam"), "Chi đoàn 12A1", "-100");
        dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
    }

    /** {@code /toi} on Telegram: the code, and the m.me link that sends it on Messenger. */
    private String linkCode(Speaker who) {
        Turn me = bot.inPrivate(who).says("/toi");
        String code = (String) me.value("member.link.offer", "code");
        assertThat(me.text()).contains("Messenger", FakeDeepLinks.MESSENGER_PREFIX + code, "/start " + code);
        return code;
    }

    /** The account opens the code and accepts the link it offers. */
    private Turn accepts(Speaker account, String code) {
        Turn asked = bot.inPrivate(account).says("/start " + code);
        return bot.inPrivate(account).presses(asked.buttonData("lk:y:"));
    }

    /** A Messenger user who joined {@code where} with its code and typed {@code name}. */
    private Speaker onMessenger(Scenarios.Branch where, String name) {
        Speaker account = bot.messengerUser();
        Scenarios.consents(bot, account, bot.inPrivate(account).opens(where.joinLink()));
        bot.inPrivate(account).says(name);
        return account;
    }

    /** A Messenger user who leads a province of the admin's and typed {@code name}. */
    private Speaker provinceOfficerOnMessenger(String name) {
        Speaker officer = bot.messengerUser();
        String unitCode = (String) bot.inPrivate(bot.admin()).says("/donvi_them Tỉnh đoàn Ninh Bình")
                .value("org.unit.created", "code");
        Scenarios.redeemedBy(bot, officer, unitCode);
        bot.inPrivate(officer).says(name);
        return officer;
    }

    private PersonId personOf(Speaker who) {
        return bot.members().personOf(who.ref()).orElseThrow().id();
    }

    @Test
    void openingALinkCodeOnlyAsksNamingTheProfileItWouldJoin() {
        Speaker onMessenger = bot.messengerUser();

        Turn asked = bot.inPrivate(onMessenger).opens(FakeDeepLinks.MESSENGER_PREFIX + linkCode(dung));

        assertThat(asked.templates()).contains("member.link.ask").doesNotContain("member.consent.ask",
                "member.link.done");
        assertThat(asked.text()).contains("Phạm Thị Dung", "Chi đoàn 12A1", "Telegram",
                "Chỉ bấm Đồng ý nếu đó chính là bạn");
        assertThat(bot.members().personOf(onMessenger.ref())).as("nothing linked by opening").isEmpty();
        assertThat(bot.members().accountsOf(personOf(dung))).containsExactly(dung.ref());
    }

    @Test
    void aMemberLinksTheirMessengerAccountWhenTheyAcceptAndIsNotAskedForConsentAgain() {
        Speaker onMessenger = bot.messengerUser();

        Turn linked = accepts(onMessenger, linkCode(dung));

        assertThat(linked.templates()).contains("member.link.done").doesNotContain("member.consent.ask");
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
        assertThat(bot.members().accountsOf(personOf(dung))).containsExactlyInAnyOrder(dung.ref(), onMessenger.ref());
        assertThat(bot.inPrivate(onMessenger).says("/toi").text()).contains("Phạm Thị Dung", "Chi đoàn 12A1",
                "Đã liên kết: tài khoản Telegram").doesNotContain("/start LK");
    }

    @Test
    void decliningLinksNothing() {
        Speaker onMessenger = bot.messengerUser();
        Turn asked = bot.inPrivate(onMessenger).says("/start " + linkCode(dung));

        Turn declined = bot.inPrivate(onMessenger).presses(asked.buttonData("lk:n"));

        assertThat(declined.templates()).containsExactly("member.link.declined");
        assertThat(bot.members().personOf(onMessenger.ref())).isEmpty();
    }

    /**
     * The takeover reproduced: a member sends their link code to a province officer, who opens it and
     * accepts. Before, opening it merged the officer's record into the member's, and the member got the
     * officer's units and roles.
     */
    @Test
    void anOfficerWhoOpensAMembersLinkCodeDoesNotHandThemTheirUnitsAndRoles() {
        Speaker officer = provinceOfficerOnMessenger("Trần Văn Tỉnh");
        PersonId officerRecord = personOf(officer);
        String code = linkCode(dung);

        Turn opened = bot.inPrivate(officer).opens(FakeDeepLinks.MESSENGER_PREFIX + code);
        Turn forgedAcceptance = bot.inPrivate(officer).presses("lk:y:" + code);

        assertThat(opened.templates()).containsExactly("member.link.name_mismatch");
        assertThat(opened.text()).contains("bí thư", "/thanhvien_xoa");
        assertThat(forgedAcceptance.templates()).containsExactly("member.link.name_mismatch");
        assertThat(bot.org().officerUnits(personOf(dung))).isEmpty();
        assertThat(bot.inPrivate(dung).says("/donvi").templates()).containsExactly("pipeline.refused.officer");
        assertThat(bot.inPrivate(dung).says("/chidoan_them Chi đoàn Giả").templates())
                .containsExactly("pipeline.refused.officer");
        assertThat(personOf(officer)).isEqualTo(officerRecord);
        assertThat(bot.org().officerUnits(officerRecord)).hasSize(1);
        assertThat(bot.members().accountsOf(personOf(dung))).containsExactly(dung.ref());
    }

    @Test
    void aRecordWithABranchIsNotMergedOnceItsNameDiffers() {
        Scenarios.Branch other = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Nam Định"),
                "Chi đoàn Khu phố 3", "-200");
        Speaker sameDung = onMessenger(other, "Phạm Thị Dung");
        Turn asked = bot.inPrivate(sameDung).says("/start " + linkCode(dung));
        bot.inPrivate(sameDung).presses("name:edit");
        bot.inPrivate(sameDung).says("Trần Thị Lan");

        Turn refused = bot.inPrivate(sameDung).presses(asked.buttonData("lk:y:"));

        assertThat(asked.templates()).contains("member.link.ask");
        assertThat(refused.templates()).as("checked again when accepted").containsExactly("member.link.name_mismatch");
        Speaker lan = sameDung;
        assertThat(bot.members().membershipsOf(personOf(dung))).extracting(Membership::branch)
                .containsExactly(unitOf(branch));
        assertThat(bot.members().membershipsOf(personOf(lan))).extracting(Membership::branch)
                .containsExactly(unitOf(other));
    }

    @Test
    void aSeparateMessengerRecordOfTheSameNameIsMergedIntoTheTelegramOne() {
        Scenarios.Branch other = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Nam Định"),
                "Chi đoàn Khu phố 3", "-200");
        Speaker sameDung = onMessenger(other, "  phạm thị DUNG ");
        PersonId messengerRecord = personOf(sameDung);
        assertThat(messengerRecord).isNotEqualTo(personOf(dung));

        Turn linked = accepts(sameDung, linkCode(dung).toLowerCase());

        assertThat(linked.templates()).contains("member.link.done");
        PersonId one = personOf(dung);
        assertThat(personOf(sameDung)).isEqualTo(one);
        assertThat(bot.members().person(messengerRecord)).isEmpty();
        assertThat(bot.members().membershipsOf(one)).extracting(Membership::branch)
                .containsExactlyInAnyOrder(unitOf(branch), unitOf(other));
        assertThat(bot.members().roster(unitOf(other))).extracting(RosterEntry::person).containsExactlyInAnyOrder(
                personOf(other.secretary()), one);
    }

    @Test
    void theHigherRoleWinsWhenBothRecordsWereInTheSameBranch() {
        Speaker sameDung = onMessenger(branch, "Phạm Thị Dung");
        bot.inGroup(branch.groupId(), branch.secretary()).replyingTo(dung).says("/bch_them");

        accepts(sameDung, linkCode(dung));

        assertThat(bot.members().membershipsOf(personOf(dung))).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.BCH));
        assertThat(bot.members().roster(unitOf(branch))).hasSize(2);
    }

    @Test
    void theMergedPersonLeadsWhatTheOtherRecordOfTheSameNameLed() {
        Speaker officerOnMessenger = provinceOfficerOnMessenger("Phạm Thị Dung");

        accepts(officerOnMessenger, linkCode(dung));

        assertThat(bot.org().officerUnits(personOf(dung))).hasSize(1);
    }

    @Test
    void anExpiredCodeIsRefusedWithWhatToDoAndLinksNothing() {
        String code = linkCode(dung);
        bot.clock().advance(AccountLinks.VALIDITY);
        Speaker onMessenger = bot.messengerUser();

        Turn refused = bot.inPrivate(onMessenger).says("/start " + code);

        assertThat(refused.templates()).containsExactly("member.link.expired");
        assertThat(refused.text()).contains("/toi", "30 phút");
        assertThat(bot.members().personOf(onMessenger.ref())).isEmpty();
    }

    @Test
    void aCodeWorksOnceAndNotForAnotherAccount() {
        String code = linkCode(dung);
        accepts(bot.messengerUser(), code);

        Speaker stranger = bot.messengerUser();
        Turn refused = bot.inPrivate(stranger).says("/start " + code);

        assertThat(refused.templates()).containsExactly("member.link.used");
        assertThat(bot.members().personOf(stranger.ref())).isEmpty();
    }

    @Test
    void aCodeAcceptedByAnotherAccountMeanwhileIsRefused() {
        String code = linkCode(dung);
        Speaker first = bot.messengerUser();
        Turn askedFirst = bot.inPrivate(first).says("/start " + code);
        accepts(bot.messengerUser(), code);

        Turn late = bot.inPrivate(first).presses(askedFirst.buttonData("lk:y:"));

        assertThat(late.templates()).containsExactly("member.link.used");
        assertThat(bot.members().personOf(first.ref())).isEmpty();
    }

    @Test
    void anUnknownCodeIsRefusedWithAnExample() {
        Turn refused = bot.inPrivate(bot.messengerUser()).says("/start LK23456789");

        assertThat(refused.templates()).containsExactly("member.link.unknown");
        assertThat(refused.text()).contains("/start LK7MNP2QXA");
    }

    @Test
    void aPersonKeepsOneAccountPerPlatform() {
        Speaker onMessenger = bot.messengerUser();
        accepts(onMessenger, linkCode(dung));
        Speaker lan = Scenarios.joined(bot, branch, "Trần Thị Lan");

        Turn refused = bot.inPrivate(onMessenger).says("/start " + linkCode(lan));

        assertThat(refused.templates()).containsExactly("member.link.platform_taken");
        assertThat(refused.text()).contains("Telegram");
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
        assertThat(bot.inPrivate(dung).says("/toi").templates()).doesNotContain("member.link.offer");
    }

    @Test
    void acceptingAgainSaysAndChangesNothingMore() {
        Speaker onMessenger = bot.messengerUser();
        Turn linked = accepts(onMessenger, linkCode(dung));

        Turn again = bot.replay(linked);

        assertThat(again.messages()).isEmpty();
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
    }

    @Test
    void aMergeCutShortIsFinishedWhenTheEventIsHandledAgain() {
        Speaker sameDung = onMessenger(branch, "Phạm Thị Dung");
        PersonId messengerRecord = personOf(sameDung);
        Turn asked = bot.inPrivate(sameDung).says("/start " + linkCode(dung));
        FailOnceOnMerge.armed = true;

        assertThatThrownBy(() -> bot.inPrivate(sameDung).presses(asked.buttonData("lk:y:")))
                .hasMessageContaining("crash during the merge");
        Turn finished = bot.inPrivate(sameDung).presses(asked.buttonData("lk:y:"));

        assertThat(finished.templates()).contains("member.link.done");
        assertThat(personOf(sameDung)).isEqualTo(personOf(dung));
        assertThat(bot.members().person(messengerRecord)).isEmpty();
    }

    @Test
    void erasingOnesDataEndsTheCode() {
        String code = linkCode(dung);
        bot.members().erase(personOf(dung));

        assertThat(bot.inPrivate(bot.messengerUser()).says("/start " + code).templates())
                .containsExactly("member.link.unknown");
    }

    @Test
    void theOtherPlatformIsAPrivateRouteForThePerson() {
        Speaker onMessenger = bot.messengerUser();
        accepts(onMessenger, linkCode(dung));
        MemberRoutes routes = new MemberRoutes(bot.members());

        assertThat(routes.alternativesTo(onMessenger.ref().privateChat())).containsExactly(dung.ref().privateChat());
        assertThat(routes.alternativesTo(dung.ref().privateChat())).containsExactly(onMessenger.ref().privateChat());
        assertThat(routes.alternativesTo(new ChatRef(onMessenger.ref().platform(), "nobody"))).isEmpty();
    }

    private UnitId unitOf(Scenarios.Branch b) {
        return bot.org().branchOfChat(b.group()).orElseThrow();
    }

    /** Stands for a crash at the end of a merge, once, when armed. */
    public static final class FailOnceOnMerge {
        static volatile boolean armed;

        @EventListener
        public void on(MemberEvents.PersonsMerged merged) {
            if (armed) {
                armed = false;
                throw new IllegalStateException("crash during the merge");
            }
        }
    }
}
