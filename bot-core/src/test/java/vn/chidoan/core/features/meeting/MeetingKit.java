package vn.chidoan.core.features.meeting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.features.meeting.checkin.CheckInKit;
import vn.chidoan.core.features.meeting.checkin.CheckIns;
import vn.chidoan.core.features.meeting.checkin.QrRotation;
import vn.chidoan.core.features.meeting.checkin.Tallies;
import vn.chidoan.core.features.meeting.report.ReportKit;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.TestBot;

/**
 * A {@link TestBot} with the meeting feature wired by hand: reminders are recorded instead of
 * scheduled (tests fire the kind themselves), every message in the recording outbox counts as
 * delivered with id {@link #DELIVERED_ID}, and {@link #tick()} runs the periodic work.
 */
final class MeetingKit implements Deliveries {
    static final String DELIVERED_ID = "900";

    final List<Reminder> saved = new CopyOnWriteArrayList<>();
    final List<String> deleted = new CopyOnWriteArrayList<>();
    final MeetingProperties properties = MeetingProperties.defaults();
    final TestBot bot;
    Meetings meetings;
    MeetingSeries series;
    MeetingReminderKind kind;
    CheckIns checkIns;
    private MeetingTicker ticker;

    MeetingKit(MongoTemplate mongo) {
        bot = TestBot.builder(mongo).flow(this::core).plugin(this::parts).build();
    }

    void tick() {
        ticker.tick();
    }

    private Object core(TestBot.Services s) {
        MeetingReminders reminders = new MeetingReminders(null) { // every method below is recorded instead
            @Override
            void save(Reminder reminder) {
                saved.add(reminder);
            }

            @Override
            void delete(String target) {
                deleted.add(target);
            }

            @Override
            List<Duration> offsets(UnitId branch) {
                return List.of(Duration.ofDays(3), Duration.ofDays(1), Duration.ofHours(2));
            }
        };
        Invitations invitations = new Invitations(new BranchAudience(s.org(), s.members(), s.outbox()), s.outbox(),
                s.texts(), this, properties, s.clock());
        meetings = new Meetings(s.mongo(), invitations, reminders, properties, s.clock(), s.org());
        series = new MeetingSeries(s.mongo(), reminders, s.org());
        kind = new MeetingReminderKind(meetings, series, invitations, reminders, s.members(), s.outbox(), s.texts(),
                s.clock());
        return new ReasonFlow(meetings);
    }

    private List<?> parts(TestBot.Services s) {
        BranchLeads leads = new BranchLeads(s.members(), s.org());
        List<Object> parts = new ArrayList<>(List.of(meetings, new MeetingCommand(meetings, s.clock()),
                new SeriesCommand(series, meetings, s.clock()), new MinutesCommand(meetings, s.clock()),
                new RsvpButtons(meetings, leads, s.conversations(), s.outbox(), s.texts(), s.clock())));
        List<Object> checkIn = CheckInKit.parts(s.mongo(), s.clock(), meetings, leads, s.members(), s.outbox(),
                s.texts(), List.of(new FakeDeepLinks()));
        parts.addAll(checkIn);
        checkIns = only(checkIn, CheckIns.class);
        parts.addAll(ReportKit.parts(s.clock(), meetings, checkIns, only(checkIn, Tallies.class), s.members(), s.org()));
        ticker = new MeetingTicker(List.of(meetings, only(checkIn, QrRotation.class)), properties);
        return parts;
    }

    /** Every message the outbox took is delivered, all under one platform id. */
    @Override
    public Optional<String> messageId(String key) {
        RecordingOutbox outbox = bot.outbox();
        return outbox.messages().stream().anyMatch(m -> m.key().equals(key)) ? Optional.of(DELIVERED_ID)
                : Optional.empty();
    }

    @Override
    public boolean reachable(ChatRef chat) {
        return true;
    }

    private static <T> T only(List<Object> parts, Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
