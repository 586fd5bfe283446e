package vn.chidoan.messenger;

import com.github.messenger4j.Messenger;
import com.github.messenger4j.exception.MessengerApiException;
import com.github.messenger4j.exception.MessengerIOException;
import com.github.messenger4j.send.MessagePayload;
import com.github.messenger4j.send.MessageResponse;
import com.github.messenger4j.send.MessagingType;
import com.github.messenger4j.send.message.Message;
import com.github.messenger4j.send.message.TextMessage;
import com.github.messenger4j.send.recipient.IdRecipient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.chidoan.core.kernel.chat.MessageTag;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;

/**
 * Sends outbox entries through messenger4j's Send API client, and generated files through
 * {@link GraphHttpClient#upload}, and classifies the answers ({@link GraphErrors}) the same way for
 * both. A reply is {@code RESPONSE}, a bulk message {@code UPDATE}, a tagged one {@code MESSAGE_TAG}
 * with its tag, an upload included. After a rate limit the whole Page waits: until the back-off ends
 * every entry is answered "retry after" without calling the API. A message sent in several parts
 * resumes after the parts already delivered when it is retried in the same process. The answer to
 * a button press has nothing to stop on Messenger; its toast, if any, is sent as a message.
 */
class MessengerSender implements PlatformSender {
    /** The Send API's limit for a Page: calls in any second. */
    static final int PER_SECOND = 300;
    static final Duration CHAT_GAP = Duration.ofMillis(250);

    private final Messenger messenger;
    private final GraphHttpClient graph;
    private final MessengerStatus status;
    private final Clock clock;
    private final String typeANumber;
    private final int perSecond;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private volatile Instant pausedUntil = Instant.MIN;

    private record Progress(int done, String firstId) {
        static final Progress NONE = new Progress(0, null);
    }

    MessengerSender(Messenger messenger, GraphHttpClient graph, MessengerStatus status, Clock clock,
            String typeANumber) {
        this(messenger, graph, status, clock, typeANumber, PER_SECOND);
    }

    MessengerSender(Messenger messenger, GraphHttpClient graph, MessengerStatus status, Clock clock,
            String typeANumber, int perSecond) {
        this.perSecond = perSecond;
        this.messenger = messenger;
        this.graph = graph;
        this.status = status;
        this.clock = clock;
        this.typeANumber = typeANumber;
    }

    @Override
    public Platform platform() {
        return Platform.MESSENGER;
    }

    /**
     * The Send API's limit for the Page (by default {@value #PER_SECOND} calls in any second, an upload
     * included; {@code chidoan.messenger.sends-per-second} lowers it), and four a second to one person.
     */
    @Override
    public Pacing pacing() {
        return new Pacing(perSecond, chat -> CHAT_GAP);
    }

    /** A message's steps not yet delivered (its parts, its file); a button's answer, one call at most. */
    @Override
    public int calls(OutboxEntry entry) {
        if (entry.kind() != OutboxEntry.Kind.MESSAGE) {
            return 1;
        }
        try {
            int steps = MessagePlan.of(entry.message(), typeANumber).size();
            return Math.max(1, steps - progress.getOrDefault(entry.key(), Progress.NONE).done());
        } catch (MessagePlan.Unsendable unsendable) {
            return 1;
        }
    }

    @Override
    public SendOutcome send(OutboxEntry entry) {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            return new SendOutcome.RetryAfter(Duration.between(now, pausedUntil));
        }
        SendOutcome outcome = switch (entry.kind()) {
            case BUTTON_ANSWER -> entry.toast() == null ? new SendOutcome.Delivered(entry.callbackId())
                    : deliver(entry, List.of(new MessagePlan.Json(TextMessage.create(entry.toast()))));
            case MESSAGE -> deliver(entry);
        };
        if (outcome instanceof SendOutcome.RetryAfter wait) {
            pausedUntil = now.plus(wait.delay());
        }
        status.observed(outcome);
        return outcome;
    }

    private SendOutcome deliver(OutboxEntry entry) {
        List<MessagePlan.Step> plan;
        try {
            plan = MessagePlan.of(entry.message(), typeANumber);
        } catch (MessagePlan.Unsendable unsendable) {
            return new SendOutcome.Failed(unsendable.getMessage());
        }
        return plan.isEmpty() ? new SendOutcome.Failed("empty message: no text and no file") : deliver(entry, plan);
    }

    private SendOutcome deliver(OutboxEntry entry, List<MessagePlan.Step> plan) {
        Progress done = progress.getOrDefault(entry.key(), Progress.NONE);
        String firstId = done.firstId();
        for (int i = done.done(); i < plan.size(); i++) {
            try {
                String id = send(entry, plan.get(i));
                firstId = firstId == null ? id : firstId;
            } catch (MessengerApiException | MessengerIOException | IOException | RuntimeException e) {
                SendOutcome outcome = GraphErrors.classify(e, Math.max(1, entry.attempts()));
                remember(entry.key(), outcome, new Progress(i, firstId));
                return outcome;
            }
        }
        progress.remove(entry.key());
        return new SendOutcome.Delivered(firstId);
    }

    /** The message id the Send API answered, or null. */
    private String send(OutboxEntry entry, MessagePlan.Step step)
            throws MessengerApiException, MessengerIOException, IOException {
        if (step instanceof MessagePlan.Upload upload) {
            return graph.upload(FileUpload.form(entry.chat().id(), messagingType(entry), tag(entry), upload.file()));
        }
        MessageResponse response = messenger.send(payload(entry, ((MessagePlan.Json) step).message()));
        return response.messageId().orElse(null);
    }

    static MessagePayload payload(OutboxEntry entry, Message message) {
        IdRecipient to = IdRecipient.create(entry.chat().id());
        MessageTag tag = tag(entry);
        if (tag != null) {
            return MessagePayload.create(to, messagingType(entry), message, Optional.empty(),
                    Optional.of(libraryTag(tag)));
        }
        return MessagePayload.create(to, messagingType(entry), message);
    }

    /** {@code MESSAGE_TAG} for a tagged message, else {@code RESPONSE} for a reply and {@code UPDATE} for the rest. */
    static MessagingType messagingType(OutboxEntry entry) {
        if (tag(entry) != null) {
            return MessagingType.MESSAGE_TAG;
        }
        return entry.priority() == Priority.INTERACTIVE ? MessagingType.RESPONSE : MessagingType.UPDATE;
    }

    private static MessageTag tag(OutboxEntry entry) {
        return entry.message() == null ? null : entry.message().tag();
    }

    /** messenger4j 1.1.0 knows {@code CONFIRMED_EVENT_UPDATE} by its old name; {@link GraphHttpClient} renames it. */
    static com.github.messenger4j.send.MessageTag libraryTag(MessageTag tag) {
        return switch (tag) {
            case CONFIRMED_EVENT_UPDATE -> com.github.messenger4j.send.MessageTag.CONFIRMED_EVENT_REMINDER;
            case ACCOUNT_UPDATE -> com.github.messenger4j.send.MessageTag.ACCOUNT_UPDATE;
        };
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
