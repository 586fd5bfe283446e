package vn.chidoan.core.org.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingTexts;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** Nothing personal is stored before consent (Decree 13/2023); then a member sees and corrects their data. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class ConsentAndProfileTest {
    @Parameter
    Database db;

    TestBot bot;
    Scenarios.Branch branch;

    @BeforeEach
    void linkBranch() {
        bot = TestBot.on(db);
        branch = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam"), "Chi đoàn 12A1", "-100");
    }

    private long stored(String collection) {
        return bot.mongo().getCollection(collection).countDocuments();
    }

    @Test
    void nothingIsStoredBeforeConsentNorWhenDeclined() {
        long persons = stored("persons");
        long accounts = stored("accounts");
        Speaker dung = bot.user("Phạm Thị Dung");

        Turn asked = bot.inPrivate(dung).opens(branch.joinLink());
        assertThat(asked.templates()).contains("member.consent.ask", "member.consent.agree_button");
        assertThat(asked.text()).contains("13/2023");
        Turn declined = bot.inPrivate(dung).presses(asked.buttonData("consent:n"));

        assertThat(declined.templates()).containsExactly("member.consent.declined");
        assertThat(stored("persons")).isEqualTo(persons);
        assertThat(stored("accounts")).isEqualTo(accounts);
        assertThat(bot.members().personOf(dung.ref())).isEmpty();
    }

    @Test
    void anOldNoPressedAfterAgreeingDoesNotClaimNothingIsStored() {
        Speaker dung = bot.user("Phạm Thị Dung");
        Turn asked = bot.inPrivate(dung).opens(branch.joinLink());
        Scenarios.consents(bot, dung, asked);

        Turn stale = bot.inPrivate(dung).presses(asked.buttonData("consent:n"));

        assertThat(stale.templates()).containsExactly("member.consent.already_agreed");
        assertThat(stale.text()).contains("đã đồng ý", "/xoadulieu").doesNotContain("không lưu gì");
        assertThat(bot.members().personOf(dung.ref())).as("still on the roster: nothing was withdrawn").isPresent();
    }

    @Test
    void consentRecordsTheProfileNameAndTheDate() {
        Speaker dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");

        Person person = bot.members().personOf(dung.ref()).orElseThrow();
        assertThat(person.name()).isEqualTo("Phạm Thị Dung");
        assertThat(person.consentAt()).isEqualTo(TestBot.START);

        Turn me = bot.inPrivate(dung).says("/toi");
        assertThat(me.text()).contains("Phạm Thị Dung", "Chi đoàn 12A1", "đoàn viên", "02/03/2026", "/xoadulieu");
    }

    @Test
    void aProfileNameLosesTheInvisibleCharactersThatWouldReorderTheRosterOrDisguiseIt() {
        Speaker disguised = Scenarios.joined(bot, branch, "\u202EPhạm\u202C Thị\u200B Dung");
        bot.inPrivate(disguised).presses("name:edit");
        Speaker lan = Scenarios.joined(bot, branch, "Trần Thị Lan");
        bot.inPrivate(lan).presses("name:edit");

        bot.inPrivate(lan).says("\u2067Trần\u2069 Thị\u2060 Lan\u200F");

        assertThat(bot.members().personOf(disguised.ref()).orElseThrow().name()).isEqualTo("Phạm Thị Dung");
        assertThat(bot.members().personOf(lan.ref()).orElseThrow().name()).isEqualTo("Trần Thị Lan");
        assertThat(bot.inGroup("-100", branch.secretary()).says("/thanhvien").text())
                .contains("2. Phạm Thị Dung", "3. Trần Thị Lan").doesNotContain("\u202E", "\u2067", "\u200B");
    }

    @Test
    void aMemberCorrectsTheirNameInADialogue() {
        Speaker dung = Scenarios.joined(bot, branch, "dung.pham99");

        Turn asked = bot.inPrivate(dung).presses("name:edit");
        assertThat(asked.templates()).contains("member.name.ask");
        assertThat(bot.inPrivate(dung).says("1").templates()).containsExactly("member.name.bad");
        Turn saved = bot.inPrivate(dung).says("  Phạm   Thị Dung ");

        assertThat(saved.templates()).containsExactly("member.name.saved");
        assertThat(bot.members().personOf(dung.ref()).orElseThrow().name()).isEqualTo("Phạm Thị Dung");
        assertThat(bot.inGroup("-100", branch.secretary()).says("/thanhvien").text()).contains("2. Phạm Thị Dung");
    }

    @Test
    void cancellingTheNameDialogueKeepsTheName() {
        Speaker dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        bot.inPrivate(dung).presses("name:edit");

        assertThat(bot.inPrivate(dung).says("/huy").templates()).containsExactly("conversation.cancelled");
        assertThat(bot.inPrivate(dung).says("Tên Khác").templates()).containsExactly("pipeline.not_understood");
        assertThat(bot.members().personOf(dung.ref()).orElseThrow().name()).isEqualTo("Phạm Thị Dung");
    }

    @Test
    void aProfileWithoutAUsableNameIsAskedForOneRightAway() {
        Speaker nameless = bot.user("  ");

        Turn agreed = Scenarios.consents(bot, nameless, bot.inPrivate(nameless).opens(branch.joinLink()));

        assertThat(agreed.templates()).contains("org.join.done", "member.name.ask").doesNotContain("member.name.confirm");
        bot.inPrivate(nameless).says("Trương Văn Khoa");
        assertThat(bot.members().personOf(nameless.ref()).orElseThrow().name()).isEqualTo("Trương Văn Khoa");
    }

    @Test
    void startWithoutACodeWelcomesNewcomersAndMembers() {
        Speaker dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");

        assertThat(bot.inPrivate(bot.user("Mới")).says("/start").templates()).containsExactly("member.start.welcome");
        assertThat(bot.inPrivate(dung).says("/start").text()).contains("Phạm Thị Dung");
        assertThat(bot.inPrivate(dung).opens(branch.joinLink()).templates()).containsExactly("org.join.already");
    }

    @Test
    void anUnknownStartCodeIsRefusedWithoutAskingForConsent() {
        Turn refused = bot.inPrivate(bot.user("Mới")).says("/start KHONGCO1");

        assertThat(refused.templates()).containsExactly("member.start.unknown_code");
        assertThat(refused.buttons()).isEmpty();
    }

    @Test
    void someoneWhoseAppSpeaksEnglishIsAnsweredInEnglish() {
        Speaker tom = bot.user("Tom Nguyen", "en-US");

        Turn asked = bot.inPrivate(tom).opens(branch.joinLink());
        Scenarios.consents(bot, tom, asked);

        assertThat(asked.text()).contains("Do you agree?");
        assertThat(bot.texts().rendered()).last().extracting(RecordingTexts.Rendered::lang).isEqualTo("en");
        assertThat(bot.inPrivate(tom).says("/toi").text()).contains("Your details", "Branch: Chi đoàn 12A1");
    }
}
