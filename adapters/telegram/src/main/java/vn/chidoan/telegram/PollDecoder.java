package vn.chidoan.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.polls.Poll;
import org.telegram.telegrambots.meta.api.objects.polls.PollAnswer;
import org.telegram.telegrambots.meta.api.objects.polls.PollOption;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * What Telegram says about the bot's own polls: {@code poll_answer} (a poll that names its voters:
 * who chose which options, none when they took their vote back) and {@code poll} (a poll's counts,
 * all an anonymous poll ever tells). An answer given on behalf of a chat names no person and is not
 * read.
 */
final class PollDecoder {
    private PollDecoder() {
    }

    static List<Inbound> answer(PollAnswer answer) {
        if (answer.getUser() == null || answer.getPollId() == null) {
            return List.of();
        }
        List<Integer> options = answer.getOptionIds() == null ? List.of() : answer.getOptionIds();
        return List.of(new Inbound.PollAnswered(TelegramRefs.chat(answer.getUser().getId()),
                TelegramRefs.speaker(answer.getUser()), answer.getPollId(), options));
    }

    static List<Inbound> counts(Poll poll) {
        if (poll.getId() == null || poll.getOptions() == null) {
            return List.of();
        }
        List<Integer> counts = poll.getOptions().stream().map(PollOption::getVoterCount)
                .map(count -> count == null ? 0 : count).toList();
        return List.of(new Inbound.PollCounted(Platform.TELEGRAM, poll.getId(), counts,
                Boolean.TRUE.equals(poll.getIsClosed())));
    }
}
