package vn.chidoan.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.SendOutcome;

/**
 * Sends outbox entries through the Bot API and classifies the answers. A message sent in several parts
 * remembers, for a retry in the same process, the parts already delivered, so a retry after a transient
 * failure resumes instead of repeating them.
 */
class TelegramSender implements PlatformSender {
    static final Limit FREE = new Limit(30, Duration.ofSeconds(1));
    static final Limit PAID = new Limit(1_000, Duration.ofSeconds(1));
    static final Limit GROUP = new Limit(20, Duration.ofMinutes(1));
    static final Limit PRIVATE = new Limit(1, Duration.ofSeconds(1));
    private static final int TOAST_LIMIT = 200;

    private final TelegramClient client;
    private final MessageCalls calls;
    private final PollCalls polls;
    private final TelegramStatus status;
    private final boolean paidBroadcast;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    private record Progress(int done, String firstId) {
        static final Progress NONE = new Progress(0, null);
    }

    TelegramSender(TelegramClient client, TelegramStatus status) {
        this(client, status, false);
    }

    /** With {@code paidBroadcast} every message may go at the paid pace, and says so to Telegram. */
    TelegramSender(TelegramClient client, TelegramStatus status, boolean paidBroadcast) {
        this.client = client;
        this.calls = new MessageCalls(client, paidBroadcast);
        this.polls = new PollCalls(client);
        this.status = status;
        this.paidBroadcast = paidBroadcast;
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    /**
     * Telegram's limits for a bot: 30 messages in any second (1,000 with paid broadcasts, which the
     * operator switches on and pays for in Stars); 20 in any minute to one group (negative ids), one a
     * second to one person.
     */
    @Override
    public Pacing pacing() {
        return new Pacing(paidBroadcast ? PAID : FREE, TelegramSender::limit);
    }

    static Limit limit(ChatRef chat) {
        return chat.id().startsWith("-") ? GROUP : PRIVATE;
    }

    /** A message's steps not yet delivered (its parts, its file); a poll, or a button's answer, one call. */
    @Override
    public int calls(OutboxEntry entry) {
        if (entry.kind() != OutboxEntry.Kind.MESSAGE || entry.message().poll() != null) {
            return 1;
        }
        int steps = SendStep.plan(entry.message()).size();
        return Math.max(1, steps - progress.getOrDefault(entry.key(), Progress.NONE).done());
    }

    @Override
    public SendOutcome send(OutboxEntry entry) {
        SendOutcome outcome = switch (entry.kind()) {
            case BUTTON_ANSWER -> answer(entry);
            case MESSAGE -> deliver(entry);
        };
        status.observed(outcome);
        return outcome;
    }

    /** Answers a button press; an answer too late for Telegram fails at once and is not retried. */
    private SendOutcome answer(OutboxEntry entry) {
        String toast = entry.toast() == null || entry.toast().length() <= TOAST_LIMIT ? entry.toast()
                : entry.toast().substring(0, TOAST_LIMIT);
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(entry.callbackId()).text(toast).build());
            return new SendOutcome.Delivered(entry.callbackId());
        } catch (TelegramApiException e) {
            return TelegramErrors.classify(e);
        }
    }

    private SendOutcome deliver(OutboxEntry entry) {
        if (entry.message().poll() != null) {
            return poll(entry);
        }
        List<SendStep> steps = SendStep.plan(entry.message());
        if (steps.isEmpty()) {
            return new SendOutcome.Failed("empty message: no text and no file");
        }
        Progress done = progress.getOrDefault(entry.key(), Progress.NONE);
        String firstId = done.firstId();
        for (int i = done.done(); i < steps.size(); i++) {
            try {
                String id = calls.run(entry.chat(), entry.message(), steps.get(i));
                firstId = firstId == null ? id : firstId;
            } catch (TelegramApiException e) {
                SendOutcome outcome = TelegramErrors.classify(e);
                remember(entry.key(), outcome, new Progress(i, firstId));
                return outcome;
            } catch (NumberFormatException e) {
                progress.remove(entry.key());
                return new SendOutcome.Failed("not a Telegram message or topic id: " + e.getMessage());
            }
        }
        progress.remove(entry.key());
        return new SendOutcome.Delivered(firstId);
    }

    private SendOutcome poll(OutboxEntry entry) {
        try {
            return polls.run(entry.chat(), entry.message());
        } catch (TelegramApiException e) {
            return TelegramErrors.classify(e);
        } catch (NumberFormatException e) {
            return new SendOutcome.Failed("not a Telegram message or topic id: " + e.getMessage());
        }
    }

    private void remember(String key, SendOutcome outcome, Progress sofar) {
        boolean retried = outcome instanceof SendOutcome.Transient || outcome instanceof SendOutcome.RetryAfter;
        if (retried && sofar.done() > 0) {
            progress.put(key, sofar);
        } else {
            progress.remove(key);
        }
    }
}
