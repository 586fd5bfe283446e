package vn.chidoan.core.features.poll;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.outbox.OutboxEvents;
import vn.chidoan.core.kernel.pipeline.ChatEventListener;

/**
 * What platforms report of the native polls a poll became: the delivery (which platform poll id is which
 * poll, in which message), a named answer (Telegram's {@code poll_answer}: counted as the member's vote,
 * or withdrawn when they take it back) and an anonymous poll's counts (Telegram's {@code poll}). An
 * answer from someone who is no member of a branch the poll reached, or after it closed, counts nothing.
 */
@Component
class NativeAnswers implements ChatEventListener {
    private final Polls polls;

    NativeAnswers(Polls polls) {
        this.polls = polls;
    }

    @EventListener
    void delivered(OutboxEvents.PollDelivered delivered) {
        String prefix = "poll:";
        String rest = delivered.key().startsWith(prefix) ? delivered.key().substring(prefix.length()) : "";
        String number = rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : "";
        if (number.matches("\\d{1,12}")) {
            polls.natives().delivered(delivered.chat().platform(), delivered.pollRef(), Long.parseLong(number),
                    delivered.chat(), delivered.messageId());
        }
    }

    @Override
    public void onPollAnswered(Inbound.PollAnswered answer, Caller voter) {
        polls.natives().find(answer.chat().platform(), answer.pollRef()).filter(n -> n.poll() != null)
                .flatMap(n -> polls.find(n.poll())).filter(poll -> !poll.anonymous())
                .filter(poll -> polls.rights().branchOf(poll, voter).isPresent()).ifPresent(poll -> {
                    Set<Integer> chosen = new TreeSet<>(answer.options());
                    chosen.removeIf(i -> i < 0 || i >= poll.options().size());
                    if (!poll.openAt(polls.clock().instant())) {
                        return;
                    }
                    if (chosen.isEmpty()) {
                        polls.votes().delete(poll.number(), voter.person());
                    } else {
                        polls.vote(poll, voter, chosen);
                    }
                });
    }

    @Override
    public void onPollCounted(Inbound.PollCounted counted) {
        polls.natives().counted(counted.platform(), counted.pollRef(), counted.counts());
    }
}
