package vn.chidoan.core.org.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;

/**
 * A reminder kind for tests: each firing is recorded with the clock's time and writes one outbox
 * message per recipient, keyed as real kinds do. It can be told to fail half-way once, as a crash.
 */
public class RecordingKind implements ReminderKind {

    public record Firing(ReminderId reminder, Occurrence occurrence, Instant firedAt) {
    }

    private final String kind;
    private final Outbox outbox;
    private final Clock clock;
    private final List<ChatRef> recipients;
    private final List<Firing> firings = new CopyOnWriteArrayList<>();
    private final AtomicInteger failAfter = new AtomicInteger(-1);
    private volatile BiFunction<Reminder, Occurrence, Instant> usefulUntil = (r, o) -> o.event();

    public RecordingKind(String kind, Outbox outbox, Clock clock, List<ChatRef> recipients) {
        this.kind = kind;
        this.outbox = outbox;
        this.clock = clock;
        this.recipients = List.copyOf(recipients);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        firings.add(new Firing(reminder.id(), occurrence, clock.instant()));
        int sent = 0;
        for (ChatRef chat : recipients) {
            if (sent == failAfter.get()) {
                failAfter.set(-1);
                throw new IllegalStateException("simulated crash after " + sent + " messages");
            }
            outbox.enqueue(reminder.outboxKey(occurrence, chat), chat,
                    OutgoingMessage.text(RichText.plain(reminder.id() + " " + occurrence.at())), Priority.BULK);
            sent++;
        }
    }

    @Override
    public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
        return usefulUntil.apply(reminder, occurrence);
    }

    /** The next firing stops (throws) after writing this many messages, as if the instance died. */
    public void failOnceAfter(int messages) {
        failAfter.set(messages);
    }

    public void usefulUntil(BiFunction<Reminder, Occurrence, Instant> rule) {
        this.usefulUntil = rule;
    }

    public List<Firing> firings() {
        return List.copyOf(firings);
    }

    public List<Firing> firingsOf(ReminderId id) {
        return firings.stream().filter(f -> f.reminder().equals(id)).toList();
    }
}
