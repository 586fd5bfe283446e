package vn.chidoan.telegram;

import java.time.Duration;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import vn.chidoan.core.kernel.outbox.SendOutcome;

/**
 * What a failed Bot API call means for the outbox. 429 waits {@code retry_after}; a group that became a
 * supergroup is recognised by {@code parameters.migrate_to_chat_id}, whatever the wording; the 403s that
 * mean the bot can never write there again make the chat unreachable; other 4xx fail with Telegram's
 * description, and so does what the library refuses to send at all (an empty text, a button without a
 * label); 5xx, answers that are no Bot API JSON (a proxy's error page, which the library reports as
 * error code 0) and network errors are transient.
 */
final class TelegramErrors {
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    private static final List<String> UNREACHABLE = List.of(
            "Forbidden: bot was kicked",
            "Forbidden: bot was blocked by the user",
            "Forbidden: user is deactivated",
            "Forbidden: bot can't initiate conversation with a user",
            "Forbidden: bot is not a member of");
    private static final String NOT_MODIFIED = "message is not modified";
    private static final List<String> EDIT_IMPOSSIBLE = List.of("message to edit not found",
            "message can't be edited");

    private TelegramErrors() {
    }

    static SendOutcome classify(TelegramApiException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TelegramApiValidationException invalid) {
                return new SendOutcome.Failed("refused before sending: " + invalid.getMessage());
            }
        }
        if (!(error instanceof TelegramApiRequestException request) || request.getErrorCode() == null
                || request.getErrorCode() == 0) {
            return new SendOutcome.Transient(networkReason(error));
        }
        int code = request.getErrorCode();
        String description = String.valueOf(request.getApiResponse());
        ResponseParameters parameters = request.getParameters();
        if (code == 429) {
            return new SendOutcome.RetryAfter(parameters != null && parameters.getRetryAfter() != null
                    ? Duration.ofSeconds(parameters.getRetryAfter()) : DEFAULT_RETRY_AFTER);
        }
        if (parameters != null && parameters.getMigrateToChatId() != null) {
            return new SendOutcome.Moved(TelegramRefs.chat(parameters.getMigrateToChatId()));
        }
        if (code >= 500) {
            return new SendOutcome.Transient(code + " " + description);
        }
        if (code == 403 && UNREACHABLE.stream().anyMatch(description::startsWith)) {
            return new SendOutcome.Unreachable(description);
        }
        return new SendOutcome.Failed(code + " " + description);
    }

    /** Editing the same content again: Telegram says so, and the message already shows it. */
    static boolean notModified(TelegramApiException error) {
        return badRequest(error) && description(error).contains(NOT_MODIFIED);
    }

    /** The message to edit is gone or too old: the content is sent as a new message instead. */
    static boolean cannotEdit(TelegramApiException error) {
        return badRequest(error) && EDIT_IMPOSSIBLE.stream().anyMatch(description(error)::contains);
    }

    private static boolean badRequest(TelegramApiException error) {
        return error instanceof TelegramApiRequestException request && Integer.valueOf(400).equals(
                request.getErrorCode());
    }

    private static String description(TelegramApiException error) {
        return String.valueOf(((TelegramApiRequestException) error).getApiResponse());
    }

    /** The innermost cause, which names the network problem; never the request URL (it holds the token). */
    private static String networkReason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
