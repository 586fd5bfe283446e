package vn.chidoan.core.features.comment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /gopy} as a dialogue: title, content (text or file), deadline, anonymous or not; then the post
 * goes out. Also the short wait after {@code /gopy <tiêu đề>} for the content in the next message. In a
 * group the poster answers by replying to the bot's question (Telegram's privacy mode lets those through).
 * The post goes to the unit the dialogue started on, and only while the poster is still its BCH or above.
 */
@Component
class PostFlow implements Flow<PostFlow.Asked> {
    static final String NAME = "gopy";
    private static final String NO_DEADLINE = "nodl";
    private static final Set<String> NONE_WORDS = Set.of("không", "khong", "ko", "0", "-");
    private static final Set<String> YES_WORDS = Set.of("có", "co", "c", "yes");

    /** What the poster was asked for, with the draft so far. */
    sealed interface Asked permits ForTitle, ForContent, ForDeadline, ForAnonymity {
        PostDraft draft();
    }

    record ForTitle(PostDraft draft) implements Asked {
    }

    /** {@code quick}: the first line was typed with the command, so the content is all that is missing. */
    record ForContent(PostDraft draft, boolean quick) implements Asked {
    }

    record ForDeadline(PostDraft draft) implements Asked {
    }

    record ForAnonymity(PostDraft draft) implements Asked {
    }

    private final Publishing publishing;

    PostFlow(Publishing publishing) {
        this.publishing = publishing;
    }

    /** Starts at the title; a file sent with the bare command is kept as the content. */
    static void begin(Conversations conversations, Caller caller, Replies replies, Attachment file) {
        conversations.start(NAME, caller, replies, new ForTitle(PostDraft.withFile(file)));
        ask(replies, "comment.ask.title");
    }

    /** Waits for the content of a post whose first line was given. */
    static void awaitContent(Conversations conversations, Caller caller, Replies replies, PostInput.Header header) {
        conversations.start(NAME, caller, replies, new ForContent(PostDraft.withFile(null).with(header), true));
        ask(replies, "comment.ask.content");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Asked> stateType() {
        return Asked.class;
    }

    @Override
    public Duration timeout() {
        return Duration.ofHours(1); // time to find the file on a phone
    }

    @Override
    public Role minRole() {
        return Role.BCH;
    }

    @Override
    public Next<Asked> onText(Dialogue<Asked> dialogue, String text) {
        Clock clock = publishing.clock();
        Asked asked = dialogue.state();
        PostDraft draft = asked.draft();
        if (asked instanceof ForTitle) {
            PostDraft titled = draft.with(PostInput.header(text, clock.instant(), clock.getZone()));
            return titled.document() != null ? afterContent(dialogue, titled, false)
                    : go(dialogue, new ForContent(titled, false));
        }
        if (asked instanceof ForContent content) {
            return content(dialogue, content, text, null);
        }
        if (asked instanceof ForDeadline) {
            boolean none = NONE_WORDS.contains(text.toLowerCase(Locale.ROOT));
            return go(dialogue, new ForAnonymity(none ? draft
                    : draft.withDeadline(PostInput.deadline(text, clock.instant(), clock.getZone()))));
        }
        return finish(dialogue, draft.withAnonymous(YES_WORDS.contains(text.toLowerCase(Locale.ROOT))));
    }

    @Override
    public Next<Asked> onMessage(Dialogue<Asked> dialogue, Inbound.MessageReceived message) {
        if (dialogue.state() instanceof ForContent content) {
            String text = message.text() == null ? "" : message.text().strip();
            return content(dialogue, content, text, PostInput.document(message.attachment()));
        }
        return Flow.super.onMessage(dialogue, message);
    }

    @Override
    public Next<Asked> onButton(Dialogue<Asked> dialogue, String choice) {
        Asked asked = dialogue.state();
        if (asked instanceof ForDeadline && NO_DEADLINE.equals(choice)) {
            return go(dialogue, new ForAnonymity(asked.draft()));
        }
        if (asked instanceof ForAnonymity && choice.startsWith("an:")) {
            return finish(dialogue, asked.draft().withAnonymous(choice.equals("an:y")));
        }
        return Next.stay();
    }

    private Next<Asked> content(Dialogue<Asked> dialogue, ForContent asked, String text, Attachment file) {
        if (text.isEmpty() && file == null) {
            throw new BadInput("comment.post.no_content");
        }
        return afterContent(dialogue, asked.draft().withContent(text, file), asked.quick());
    }

    private Next<Asked> afterContent(Dialogue<Asked> dialogue, PostDraft draft, boolean quick) {
        if (quick) {
            return finish(dialogue, draft);
        }
        return go(dialogue, draft.deadline() != null ? new ForAnonymity(draft) : new ForDeadline(draft));
    }

    private Next<Asked> finish(Dialogue<Asked> dialogue, PostDraft draft) {
        publishing.publish(draft, dialogue.caller(), dialogue.replies());
        return Next.end();
    }

    private static Next<Asked> go(Dialogue<Asked> dialogue, Asked next) {
        Replies replies = dialogue.replies();
        if (next instanceof ForContent) {
            ask(replies, "comment.ask.content");
        } else if (next instanceof ForDeadline) {
            replies.say("comment.ask.deadline", Map.of(), List.of(List.of(
                    Conversations.button(replies.label("comment.button.no_deadline"), NO_DEADLINE),
                    Conversations.cancelButton(replies))));
        } else {
            replies.say("comment.ask.anonymous", Map.of(), List.of(List.of(
                    Conversations.button(replies.label("comment.button.anonymous"), "an:y"),
                    Conversations.button(replies.label("comment.button.named"), "an:n"))));
        }
        return Next.go(next);
    }

    private static void ask(Replies replies, String key) {
        replies.say(key, Map.of(), List.of(List.of(Conversations.cancelButton(replies))));
    }
}
