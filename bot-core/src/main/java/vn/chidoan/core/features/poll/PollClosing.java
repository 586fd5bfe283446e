package vn.chidoan.core.features.poll;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;

/**
 * Kind {@code poll-close}: at a poll's deadline it closes (no ballot counts after), its native polls are
 * stopped ({@code stopPoll}), its posts lose their buttons where the platform edits, and its creator gets
 * the results once, if they may still read them. Every message is keyed from the poll, so firing again
 * after a restart sends nothing twice.
 */
@Component
class PollClosing implements ReminderKind {
    static final String KIND = "poll-close";
    static final Duration USEFUL_FOR = Duration.ofDays(7);

    private final Polls polls;
    private final PollResults results;
    private final BranchAudience audience;
    private final Deliveries sent;
    private final Outbox outbox;
    private final Texts texts;

    PollClosing(Polls polls, PollResults results, BranchAudience audience, Deliveries sent, Outbox outbox,
            Texts texts) {
        this.polls = polls;
        this.results = results;
        this.audience = audience;
        this.sent = sent;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        long number = Long.parseLong(reminder.target());
        polls.store().close(number);
        polls.find(number).ifPresent(poll -> {
            stop(poll);
            polls.rights().creator(poll).ifPresent(creator -> {
                ChatRef chat = creator.user().privateChat();
                results.send(poll, chat, null, creator.lang(), reminder.outboxKey(occurrence, chat), Priority.BULK);
            });
        });
    }

    private void stop(Poll poll) {
        for (NativePollStore.Native running : polls.natives().ofPoll(poll.number())) {
            if (running.chat() != null && running.messageId() != null) {
                outbox.enqueue(poll.cause() + ":stop:" + running.chat().key(), running.chat(),
                        OutgoingMessage.poll(poll.chatPoll().stopped()).editing(running.messageId()), Priority.BULK);
            }
        }
        for (ChatRef chat : audience.chatsOf(poll.branches()).values().stream().flatMap(java.util.List::stream)
                .toList()) {
            Capabilities can = Capabilities.of(chat.platform());
            if (!can.nativePolls() && can.edits()) {
                sent.messageId(BranchAudience.key(poll.cause(), chat)).ifPresent(id -> outbox.enqueue(
                        poll.cause() + ":closed:" + chat.key(), chat,
                        PollMessages.post(poll, chat.platform(), texts, polls.clock()).editing(id), Priority.BULK));
            }
        }
    }

    @Override
    public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
        return occurrence.event().plus(USEFUL_FOR);
    }
}
