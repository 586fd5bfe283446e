package vn.chidoan.telegram;

import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.polls.StopPoll;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.chidoan.core.kernel.chat.ChatPoll;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.SendOutcome;

/**
 * A native poll: {@code sendPoll} (delivered with the poll's own id, which answers name), and, for an
 * edit of one that is closed, {@code stopPoll}; a poll closed already counts as stopped.
 */
final class PollCalls {
    private static final String ALREADY_CLOSED = "poll has already been closed";

    private final TelegramClient client;

    PollCalls(TelegramClient client) {
        this.client = client;
    }

    SendOutcome run(ChatRef chat, OutgoingMessage message) throws TelegramApiException {
        ChatPoll poll = message.poll();
        if (message.editOf() != null) {
            return stop(chat, message.editOf(), poll);
        }
        Message sent = client.execute(SendPoll.builder().chatId(chat.id())
                .messageThreadId(message.threadId() == null ? null : Integer.valueOf(message.threadId()))
                .question(poll.question())
                .options(poll.options().stream().map(InputPollOption::new).toList())
                .isAnonymous(poll.anonymous()).allowMultipleAnswers(poll.multipleAnswers())
                .replyMarkup(message.buttons().isEmpty() ? null : Keyboards.inline(message.buttons()))
                .build());
        return new SendOutcome.Delivered(sent.getMessageId().toString(),
                sent.getPoll() == null ? null : sent.getPoll().getId());
    }

    private SendOutcome stop(ChatRef chat, String messageId, ChatPoll poll) throws TelegramApiException {
        if (!poll.closed()) {
            return new SendOutcome.Failed("a sent poll can only be stopped, not changed");
        }
        try {
            client.execute(new StopPoll(chat.id(), Integer.valueOf(messageId)));
        } catch (TelegramApiRequestException e) {
            if (!String.valueOf(e.getApiResponse()).contains(ALREADY_CLOSED)) {
                throw e;
            }
        }
        return new SendOutcome.Delivered(messageId);
    }
}
