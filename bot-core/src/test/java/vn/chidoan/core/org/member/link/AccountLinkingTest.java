package vn.chidoan.core.org.member.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;
import vn.chidoan.core.org.member.MemberEvents;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * One person, one record: a member links their Telegram and Messenger accounts with the one-time code
 * {@code /toi} shows, and two records of one person become one.
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

    private PersonId personOf(Speaker who) {
        return bot.members().personOf(who.ref()).orElseThrow().id();
    }

    @Test
    void aMemberLinksTheirMessengerAccountWithTheCodeFromToiAndIsNotAskedAgainForConsent() {
        String code = linkCode(dung);
        Speaker onMessenger = bot.messengerUser();

        Turn linked = bot.inPrivate(onMessenger).opens(FakeDeepLinks.MESSENGER_PREFIX + code);

        assertThat(linked.templates()).containsExactly("member.link.done").doesNotContain("member.consent.ask");
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
        assertThat(bot.members().accountsOf(personOf(dung))).containsExactlyInAnyOrder(dung.ref(), onMessenger.ref());
        assertThat(bot.inPrivate(onMessenger).says("/toi").text()).contains("Phạm Thị Dung", "Chi đoàn 12A1")
                .doesNotContain("/start LK");
    }

    @Test
    void aSeparateMessengerRecordIsMergedIntoTheTelegramOne() {
        Scenarios.Branch other = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Nam Định"),
                "Chi đoàn Khu phố 3", "-200");
        Speaker onMessenger = bot.messengerUser();
        Scenarios.consents(bot, onMessenger, bot.inPrivate(onMessenger).opens(other.joinLink()));
        PersonId messengerRecord = personOf(onMessenger);
        assertThat(messengerRecord).isNotEqualTo(personOf(dung));

        Turn linked = bot.inPrivate(onMessenger).says("/start " + linkCode(dung).toLowerCase());

        assertThat(linked.templates()).containsExactly("member.link.done");
        PersonId one = personOf(dung);
        assertThat(personOf(onMessenger)).isEqualTo(one);
        assertThat(bot.members().person(messengerRecord)).isEmpty();
        assertThat(bot.members().membershipsOf(one)).extracting(Membership::branch)
                .containsExactlyInAnyOrder(unitOf(branch), unitOf(other));
        assertThat(bot.members().roster(unitOf(other))).extracting(RosterEntry::person).containsExactlyInAnyOrder(
                personOf(other.secretary()), one);
    }

    @Test
    void theHigherRoleWinsWhenBothRecordsWereInTheSameBranch() {
        Speaker onMessenger = bot.messengerUser();
        Scenarios.consents(bot, onMessenger, bot.inPrivate(onMessenger).opens(branch.joinLink()));
        bot.inGroup(branch.groupId(), branch.secretary()).replyingTo(dung).says("/bch_them");

        bot.inPrivate(onMessenger).says("/start " + linkCode(dung));

        assertThat(bot.members().membershipsOf(personOf(dung))).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.BCH));
        assertThat(bot.members().roster(unitOf(branch))).hasSize(2);
    }

    @Test
    void theMergedPersonLeadsWhatTheOtherRecordLed() {
        Speaker officerOnMessenger = bot.messengerUser();
        String unitCode = (String) bot.inPrivate(bot.admin()).says("/donvi_them Tỉnh đoàn Ninh Bình")
                .value("org.unit.created", "code");
        Scenarios.redeemedBy(bot, officerOnMessenger, unitCode);
        assertThat(bot.org().officerUnits(personOf(officerOnMessenger))).hasSize(1);

        bot.inPrivate(officerOnMessenger).says("/start " + linkCode(dung));

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
        bot.inPrivate(bot.messengerUser()).says("/start " + code);

        Speaker stranger = bot.messengerUser();
        Turn refused = bot.inPrivate(stranger).says("/start " + code);

        assertThat(refused.templates()).containsExactly("member.link.used");
        assertThat(bot.members().personOf(stranger.ref())).isEmpty();
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
        bot.inPrivate(onMessenger).says("/start " + linkCode(dung));
        Speaker lan = Scenarios.joined(bot, branch, "Trần Thị Lan");

        Turn refused = bot.inPrivate(onMessenger).says("/start " + linkCode(lan));

        assertThat(refused.templates()).containsExactly("member.link.platform_taken");
        assertThat(refused.text()).contains("Telegram");
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
        assertThat(bot.inPrivate(dung).says("/toi").templates()).doesNotContain("member.link.offer");
    }

    @Test
    void replayingTheLinkSaysAndChangesNothingMore() {
        Speaker onMessenger = bot.messengerUser();
        Turn linked = bot.inPrivate(onMessenger).says("/start " + linkCode(dung));

        Turn again = bot.replay(linked);

        assertThat(again.messages()).isEmpty();
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
    }

    @Test
    void aMergeCutShortIsFinishedWhenTheEventIsHandledAgain() {
        Speaker onMessenger = bot.messengerUser();
        Scenarios.consents(bot, onMessenger, bot.inPrivate(onMessenger).opens(branch.joinLink()));
        PersonId messengerRecord = personOf(onMessenger);
        String code = linkCode(dung);
        FailOnceOnMerge.armed = true;

        Speaker sameAccount = onMessenger;
        assertThatThrownBy(() -> bot.inPrivate(sameAccount).says("/start " + code))
                .hasMessageContaining("crash during the merge");
        Turn finished = bot.inPrivate(onMessenger).says("/start " + code);

        assertThat(finished.templates()).containsExactly("member.link.done");
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
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
        bot.inPrivate(onMessenger).says("/start " + linkCode(dung));
        MemberRoutes routes = new MemberRoutes(bot.members());

        assertThat(routes.alternativesTo(onMessenger.ref().privateChat())).containsExactly(dung.ref().privateChat());
        assertThat(routes.alternativesTo(dung.ref().privateChat())).containsExactly(onMessenger.ref().privateChat());
        assertThat(routes.alternativesTo(new ChatRef(onMessenger.ref().platform(), "nobody"))).isEmpty();
    }

    private UnitId unitOf(Scenarios.Branch b) {
        return bot.org().branchOfChat(b.group()).orElseThrow();
    }

    /** Stands for a crash in the middle of a merge, once, when armed. */
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
