package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.org.reminder.FiringScenarioTest.BRANCH;
import static vn.chidoan.core.org.reminder.OccurrencesTest.vn;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.ReminderEvents.ReminderCancelled;
import vn.chidoan.core.org.reminder.ReminderEvents.ReminderScheduled;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class RemindersTest {

    @Parameter
    Database db;

    MutableClock clock;
    ReminderKit kit;
    final Reminder weekly = new Reminder("meeting", "weekly", BRANCH,
            new Schedule.Weekly(java.time.DayOfWeek.MONDAY, LocalTime.of(19, 0)), List.of(Duration.ofHours(1)));

    @BeforeEach
    void setUp() {
        clock = new MutableClock(vn("2027-03-01T08:00"));
        kit = new ReminderKit(db.freshTemplate(), clock);
    }

    @Test
    void savingStoresTheReminderAndAnnouncesIt() {
        assertThat(kit.reminders.save(weekly)).isTrue();

        assertThat(kit.reminders.find(weekly.id())).contains(weekly);
        assertThat(kit.events).containsExactly(new ReminderScheduled(weekly.id()));
    }

    @Test
    void savingManyAtOnceStoresAndAnnouncesOnlyTheNewAndTheChangedOnes() {
        Reminder other = Reminder.of("comment", "7:" + BRANCH.value(), BRANCH, new Schedule.OneOff(vn("2027-03-10T19:00")));
        Reminder moved = new Reminder(weekly.kind(), weekly.target(), BRANCH, weekly.schedule(), List.of(Duration.ofHours(2)));
        kit.reminders.save(weekly);

        assertThat(kit.reminders.saveAll(List.of(weekly, other))).isEqualTo(1);
        assertThat(kit.reminders.saveAll(List.of(weekly, other))).as("again").isZero();
        assertThat(kit.reminders.saveAll(List.of(moved, other))).isEqualTo(1);

        assertThat(kit.reminders.find(other.id())).contains(other);
        assertThat(kit.reminders.find(weekly.id())).contains(moved);
        assertThat(kit.events).containsExactly(new ReminderScheduled(weekly.id()), new ReminderScheduled(other.id()),
                new ReminderScheduled(weekly.id()));
    }

    @Test
    void savingTheSameReminderAgainChangesNothing() {
        kit.reminders.save(weekly);

        assertThat(kit.reminders.save(weekly)).isFalse();
        assertThat(kit.events).hasSize(1);
    }

    @Test
    void eachScheduleKindIsStoredAndReadBack() {
        List<Schedule> schedules = List.of(new Schedule.OneOff(vn("2027-03-10T19:00")),
                new Schedule.Monthly(31, LocalTime.of(9, 0)), Schedule.Monthly.lastDay(LocalTime.of(9, 30)),
                new Schedule.Quarterly(2, 15, LocalTime.of(8, 0)), weekly.schedule());
        for (int i = 0; i < schedules.size(); i++) {
            kit.reminders.save(Reminder.of("fee", "p" + i, BRANCH, schedules.get(i)));
        }
        assertThat(kit.reminders.ofUnit(BRANCH)).extracting(Reminder::schedule)
                .containsExactlyInAnyOrderElementsOf(schedules);
    }

    @Test
    void changingAReminderNeverSendsWhatWasDueBeforeTheChange() {
        kit.schedule(weekly);
        clock.set(vn("2027-03-20T08:00"));

        kit.schedule(new Reminder("meeting", "weekly", BRANCH, weekly.schedule(), List.of(Duration.ofHours(2))));

        assertThat(kit.triggers.armed(weekly.id()).orElseThrow().fireAt()).isEqualTo(vn("2027-03-22T17:00"));
    }

    @Test
    void deletingAnnouncesTheCancellationOnlyWhenThereWasSomethingToDelete() {
        kit.reminders.save(weekly);

        assertThat(kit.reminders.delete(weekly.id())).isTrue();
        assertThat(kit.reminders.delete(weekly.id())).isFalse();

        assertThat(kit.reminders.find(weekly.id())).isEmpty();
        assertThat(kit.events).containsExactly(new ReminderScheduled(weekly.id()), new ReminderCancelled(weekly.id()));
    }

    @Test
    void aBranchListsOnlyItsOwnReminders() {
        kit.reminders.save(weekly);
        kit.reminders.save(Reminder.of("meeting", "elsewhere", new UnitId("branch-2"), weekly.schedule()));

        assertThat(kit.reminders.ofUnit(BRANCH)).containsExactly(weekly);
    }

    @Test
    void aBranchStartsWithTheDefaultsAndKeepsWhatItChanges() {
        BranchSettings defaults = kit.reminders.settings(BRANCH);
        assertThat(defaults.offsetsFor("meeting")).as("the invitation is another setting")
                .containsExactly(Duration.ofDays(1), Duration.ofHours(2));
        assertThat(defaults.quietHours()).isEqualTo(new QuietHours(LocalTime.of(21, 30), LocalTime.of(7, 0)));

        kit.reminders.changeOffsets(BRANCH, "meeting", List.of(Duration.ofDays(2)));
        kit.reminders.changeQuietHours(BRANCH, QuietHours.NONE);

        BranchSettings changed = kit.reminders.settings(BRANCH);
        assertThat(changed.offsetsFor("meeting")).containsExactly(Duration.ofDays(2));
        assertThat(changed.offsetsFor("fee")).isEqualTo(defaults.offsetsFor("fee"));
        assertThat(changed.quietHours()).isEqualTo(QuietHours.NONE);
        assertThat(kit.reminders.settings(new UnitId("branch-2"))).isEqualTo(defaults);

        kit.reminders.changeOffsets(BRANCH, "meeting", null);
        kit.reminders.changeQuietHours(BRANCH, null);
        assertThat(kit.reminders.settings(BRANCH)).isEqualTo(defaults);
    }

    @Test
    void configuredKindsAreMergedOverTheBuiltInOnes() {
        RemindersProperties properties = new RemindersProperties("22:00-06:00", java.util.Map.of(
                "meeting", new RemindersProperties.Kind(null, List.of(Duration.ofDays(2))),
                "training", new RemindersProperties.Kind("taphuan", null)), null, null, null);

        assertThat(properties.kinds()).containsKeys("meeting", "fee", "comment", "registration", "notice", "training");
        assertThat(properties.kinds().get("meeting")).isEqualTo(new RemindersProperties.Kind("hop",
                List.of(Duration.ofDays(2))));
        assertThat(properties.kindOfWord("taphuan")).contains("training");
        assertThat(properties.defaultQuietHours()).isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0)));
    }
}
