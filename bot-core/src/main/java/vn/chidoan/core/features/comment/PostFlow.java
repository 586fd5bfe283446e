package vn.chidoan.core.features.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /gopy} as a dialogue: title, content (text or file), deadline, anonymous or not; then the post
 * goes out. Also the short wait after {@code /gopy <tiêu đề>} for the content in the next message. In a
 * group the poster answers by replying to the bot's question (Telegram's privacy mode lets those through).
 */
@Component
class PostFlow implements Flow {
    static final String NAME = "gopy";
    private static final String TITLE = "title";
    private static final String CONTENT = "content";
    private static final String DEADLINE = "deadline";
    private static final String ANONYMOUS = "anonymous";
    private static final String QUICK = "quick";
    private static final String NO_DEADLINE = "nodl";
    private static final Set<String> NONE_WORDS = Set.of("không", "khong", "ko", "0", "-");
    private static final Set<String> YES_WORDS = Set.of("có", "co", "c", "yes");

    private final Publishing publishing;

    PostFlow(Publishing publishing) {
        this.publishing = publishing;
    }

    /** Starts at the title; a file sent with the bare command is kept as the content. */
    static void begin(Conversations conversations, Caller caller, Replies replies, Attachment file) {
        conversations.start(NAME, caller, replies, TITLE, PostData.file(new HashMap<>(), file));
        ask(replies, "comment.ask.title");
    }

    /** Waits for the content of a post whose first line was given. */
    static void awaitContent(Conversations conversations, Caller caller, Replies replies, PostInput.Header header) {
        Map<String, String> data = PostData.header(new HashMap<>(), header);
        data.put(QUICK, "y");
        conversations.start(NAME, caller, replies, CONTENT, data);
        ask(replies, "comment.ask.content");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration timeout() {
        return Duration.ofHours(1); // time to find the file on a phone
    }

    @Override
    public Next onText(Dialogue dialogue, String text) {
        Clock clock = publishing.clock();
        Map<String, String> data = new HashMap<>(dialogue.data());
        return switch (dialogue.step()) {
            case TITLE -> {
                PostData.header(data, PostInput.header(text, clock.instant(), clock.getZone()));
                yield data.containsKey(PostData.FILE_REF) ? afterContent(dialogue, data) : go(dialogue, CONTENT, data);
            }
            case CONTENT -> content(dialogue, data, text, null);
            case DEADLINE -> {
                if (!NONE_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
                    Instant deadline = PostInput.deadline(text, clock.instant(), clock.getZone());
                    data.put(PostData.DEADLINE, Long.toString(deadline.toEpochMilli()));
                }
                yield go(dialogue, ANONYMOUS, data);
            }
            default -> finish(dialogue, data, YES_WORDS.contains(text.toLowerCase(Locale.ROOT)));
        };
    }

    @Override
    public Next onMessage(Dialogue dialogue, Inbound.MessageReceived message) {
        if (CONTENT.equals(dialogue.step())) {
            String text = message.text() == null ? "" : message.text().strip();
            return content(dialogue, new HashMap<>(dialogue.data()), text, PostInput.document(message.attachment()));
        }
        return Flow.super.onMessage(dialogue, message);
    }

    @Override
    public Next onButton(Dialogue dialogue, String choice) {
        Map<String, String> data = new HashMap<>(dialogue.data());
        if (DEADLINE.equals(dialogue.step()) && NO_DEADLINE.equals(choice)) {
            return go(dialogue, ANONYMOUS, data);
        }
        if (ANONYMOUS.equals(dialogue.step()) && choice.startsWith("an:")) {
            return finish(dialogue, data, choice.equals("an:y"));
        }
        return Next.stay();
    }

    private Next content(Dialogue dialogue, Map<String, String> data, String text, Attachment file) {
        if (text.isEmpty() && file == null) {
            throw new BadInput("comment.post.no_content");
        }
        data.put(PostData.CONTENT, text);
        PostData.file(data, file);
        return afterContent(dialogue, data);
    }

    private Next afterContent(Dialogue dialogue, Map<String, String> data) {
        if (data.containsKey(QUICK)) {
            return finish(dialogue, data, PostData.anonymous(data));
        }
        return go(dialogue, data.containsKey(PostData.DEADLINE) ? ANONYMOUS : DEADLINE, data);
    }

    private Next finish(Dialogue dialogue, Map<String, String> data, boolean anonymous) {
        publishing.publish(PostData.draft(data, anonymous), dialogue.caller(), dialogue.replies());
        return Next.end();
    }

    private static Next go(Dialogue dialogue, String step, Map<String, String> data) {
        Replies replies = dialogue.replies();
        switch (step) {
            case CONTENT -> ask(replies, "comment.ask.content");
            case DEADLINE -> replies.say("comment.ask.deadline", Map.of(), List.of(List.of(
                    Conversations.button(replies.label("comment.button.no_deadline"), NO_DEADLINE),
                    Conversations.cancelButton(replies))));
            default -> replies.say("comment.ask.anonymous", Map.of(), List.of(List.of(
                    Conversations.button(replies.label("comment.button.anonymous"), "an:y"),
                    Conversations.button(replies.label("comment.button.named"), "an:n"))));
        }
        return Next.go(step, data);
    }

    private static void ask(Replies replies, String key) {
        replies.say(key, Map.of(), List.of(List.of(Conversations.cancelButton(replies))));
    }
}
