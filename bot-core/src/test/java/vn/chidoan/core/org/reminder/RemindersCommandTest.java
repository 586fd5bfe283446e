package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chidoan.core.org.reminder.FiringScenarioTest.BRANCH;
import static vn.chidoan.core.org.reminder.OccurrencesTest.vn;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.reminder.ReminderEvents.ReminderScheduled;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class RemindersCommandTest {
    static final ChatRef GROUP = new ChatRef(Platform.SANDBOX, "group-1");
    static final Speaker SECRETARY = new Speaker(new UserRef(Platform.SANDBOX, "lan"), "Lan", null, "vi");

    @Parameter
    Database db;

    MongoTemplate mongo;
    ReminderKit kit;
    RecordingOutbox outbox;
    final Texts texts = new Texts();
    RemindersCommand command;
    int updates;

    @BeforeEach
    void setUp() {
        mongo = db.freshTemplate();
        kit = new ReminderKit(mongo, new MutableClock(vn("2027-03-01T08:00")));
        outbox = new RecordingOutbox();
        command = new RemindersCommand(kit.reminders, RemindersProperties.defaults(), texts);
    }

    CommandContext typed(String args, UnitId unit, String lang) {
        Caller caller = new Caller(new PersonId("p-lan"), SECRETARY, lang, unit, Role.BCH, Set.of(), false);
        var message = new Inbound.MessageReceived(GROUP, ChatKind.GROUP, SECRETARY, "/nhacnho " + args, null, "m1",
                false, null, null);
        return new CommandContext(caller, message, "nhacnho", args, new Replies(outbox, texts, "sandbox:" + ++updates, GROUP,
                null, lang));
    }

    CommandContext typed(String args) {
        return typed(args, BRANCH, "vi");
    }

    String reply() {
        assertThat(outbox.messages()).hasSize(1);
        return outbox.messages().get(0).message().text().toPlainText();
    }

    @Test
    void isDeclaredForTheBchAnywhereWithOptionalArguments() {
        assertThat(command.spec().name()).isEqualTo("nhacnho");
        assertThat(command.spec().minRole()).isEqualTo(Role.BCH);
        assertThat(command.spec().place()).isEqualTo(Place.ANYWHERE);
        assertThat(command.spec().helpKey()).isEqualTo("command.nhacnho.help");
        assertThat(command.spec().usageKey()).isEqualTo("command.nhacnho.usage");
    }

    @Test
    void withoutArgumentsItShowsTheOffsetsOfEachKindAndTheQuietHours() {
        command.handle(typed(""));

        assertThat(reply()).contains("Họp chi đoàn (hop): 1 ngày trước, 2 giờ trước")
                .contains("Đoàn phí (doanphi): 3 ngày trước, 1 ngày trước")
                .contains("Giờ yên lặng: 21:30 – 07:00");
    }

    @Test
    void itAnswersInTheCallersLanguage() {
        command.handle(typed("", BRANCH, "en"));

        assertThat(reply()).contains("Meetings (hop): 1 d before, 2 h before").contains("21:30 – 07:00");
    }

    @Test
    void aKindsOffsetsAreSetForTheBranchAndItsRemindersRescheduled() {
        Reminder meeting = Reminder.of("meeting", "m1", BRANCH, new Schedule.OneOff(vn("2027-03-10T19:00")));
        kit.reminders.save(meeting);
        kit.events.clear();

        command.handle(typed("hop 2n, 1g30p"));

        assertThat(kit.reminders.settings(BRANCH).offsetsFor("meeting"))
                .containsExactly(Duration.ofDays(2), Duration.ofMinutes(90));
        assertThat(reply()).contains("Họp chi đoàn: nhắc 2 ngày trước, 1 giờ 30 phút trước.");
        assertThat(kit.events).containsExactly(new ReminderScheduled(meeting.id()));
    }

    @Test
    void quietHoursAreSetOrTurnedOff() {
        command.handle(typed("yenlang 22h-6h30"));
        assertThat(kit.reminders.settings(BRANCH).quietHours())
                .isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 30)));
        assertThat(reply()).contains("Giờ yên lặng: 22:00 – 06:30.");

        command.handle(typed("yênlặng tắt"));
        assertThat(kit.reminders.settings(BRANCH).quietHours()).isEqualTo(QuietHours.NONE);
        assertThat(outbox.messages().get(1).message().text().toPlainText()).contains("Giờ yên lặng: không có.");
    }

    @Test
    void macdinhReturnsToTheDefault() {
        command.handle(typed("gopy 5n"));
        command.handle(typed("gopy macdinh"));

        assertThat(kit.reminders.settings(BRANCH).offsetsFor("comment"))
                .containsExactly(Duration.ofDays(1), Duration.ofHours(2));
        assertThat(outbox.messages().get(1).message().text().toPlainText())
                .contains("Đã trở về mặc định. Góp ý: nhắc 1 ngày trước, 2 giờ trước.");
    }

    @Test
    void badOffsetsAreAnsweredWithAnExampleAndNothingIsWritten() {
        assertThatThrownBy(() -> command.handle(typed("hop 3x,1n"))).isInstanceOfSatisfying(BadInput.class, bad -> {
            assertThat(bad.templateKey()).isEqualTo("reminder.settings.bad_offsets");
            assertThat(texts.plain(bad.templateKey(), "vi", bad.model()))
                    .contains("«3x,1n»").contains("/nhacnho hop 3n,1n,2g");
        });
        assertThatThrownBy(() -> command.handle(typed("hop"))).isInstanceOf(BadInput.class);
        assertNothingWritten();
    }

    @Test
    void anUnknownKindIsAnsweredWithTheKnownOnes() {
        assertThatThrownBy(() -> command.handle(typed("hopp 3n"))).isInstanceOfSatisfying(BadInput.class, bad -> {
            assertThat(bad.templateKey()).isEqualTo("reminder.settings.unknown_kind");
            assertThat(texts.plain(bad.templateKey(), "vi", bad.model()))
                    .contains("«hopp»").contains("hop, doanphi, gopy, dangky, thongbao").contains("/nhacnho hop 3n,1n,2g");
        });
        assertNothingWritten();
    }

    @Test
    void badQuietHoursAreAnsweredWithAnExampleAndNothingIsWritten() {
        assertThatThrownBy(() -> command.handle(typed("yenlang 21:30"))).isInstanceOfSatisfying(BadInput.class,
                bad -> assertThat(texts.plain(bad.templateKey(), "vi", bad.model()))
                        .contains("«21:30»").contains("/nhacnho yenlang 21:30-07:00"));
        assertNothingWritten();
    }

    @Test
    void aCallerWithoutABranchIsToldWhereToTypeIt() {
        assertThatThrownBy(() -> command.handle(typed("", null, "vi")))
                .isInstanceOfSatisfying(BadInput.class,
                        bad -> assertThat(bad.templateKey()).isEqualTo("reminder.settings.no_unit"));
    }

    private void assertNothingWritten() {
        assertThat(mongo.getCollection(ReminderSettingsStore.COLLECTION).countDocuments()).isZero();
        assertThat(outbox.attempts()).isEmpty();
        assertThat(kit.events).isEmpty();
    }
}
