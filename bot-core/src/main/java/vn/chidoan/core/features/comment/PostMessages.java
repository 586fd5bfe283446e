package vn.chidoan.core.features.comment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;

/**
 * How a post and its reminders read, and the buttons under them: "Góp ý", "Không có ý kiến", "Xem góp
 * ý của tôi". A file goes along on the platform it came from (a Telegram file id, a Messenger address
 * work only there); elsewhere the text names it.
 */
final class PostMessages {
    private PostMessages() {
    }

    /** The post's template model: title, content, deadline (or none), anonymity, the file's name. */
    static Map<String, Object> model(CommentPost post, ZoneId zone) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", post.number());
        model.put("title", post.title());
        if (post.content() != null && !post.content().isBlank()) {
            model.put("content", post.content()); // a file alone: no empty block under its caption
        }
        model.put("anonymous", post.anonymous());
        if (post.deadline() != null) {
            model.put("deadline", deadline(post.deadline(), zone));
        }
        if (post.document() != null) {
            model.put("file", post.document().fileName() == null ? "" : post.document().fileName());
        }
        return model;
    }

    static String deadline(Instant at, ZoneId zone) {
        return Formats.dateTime(at.atZone(zone));
    }

    /** The post as it goes to the chats of branches on one platform. */
    static OutgoingMessage post(CommentPost post, Platform platform, Texts texts, String lang, ZoneId zone) {
        Map<String, Object> model = model(post, zone);
        Attachment file = fileFor(post, platform);
        model.put("fileElsewhere", post.document() != null && file == null);
        OutgoingMessage message = OutgoingMessage.text(texts.render("comment.post.message", lang, model))
                .withButtons(buttons(post.number(), texts, lang, true));
        return file == null ? message : message.withAttachment(file);
    }

    /** "Góp ý" and "Không có ý kiến", with "Xem góp ý của tôi" below when {@code mine}. */
    static List<List<Button>> buttons(long post, Texts texts, String lang, boolean mine) {
        List<Button> answer = List.of(
                Button.action(texts.plain("comment.button.comment", lang), CommentButtons.data("c", post)),
                Button.action(texts.plain("comment.button.pass", lang), CommentButtons.data("p", post)));
        return mine ? List.of(answer, List.of(Button.action(texts.plain("comment.button.mine", lang),
                CommentButtons.data("m", post)))) : List.of(answer);
    }

    private static Attachment fileFor(CommentPost post, Platform platform) {
        return post.creatorAccount() != null && post.creatorAccount().platform() == platform ? post.document() : null;
    }
}
