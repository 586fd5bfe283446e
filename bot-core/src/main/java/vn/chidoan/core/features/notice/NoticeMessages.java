package vn.chidoan.core.features.notice;

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
 * How a notice reads where it arrives: in a branch's chats with «Đã nhận» under it, as an officer's copy
 * with «Chuyển tiếp», in a reminder. Its file goes along on the platform it came from (a Telegram file
 * id works only there); elsewhere the text names it.
 */
final class NoticeMessages {
    private NoticeMessages() {
    }

    /** The notice's template model: number, text, units, note, urgency, deadline, file name. */
    static Map<String, Object> model(Notice notice, ZoneId zone) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", notice.number());
        model.put("headline", notice.headline());
        if (!notice.text().isBlank()) {
            model.put("content", notice.text());
        }
        model.put("unit", notice.unitName());
        if (notice.parent() != null) {
            model.put("forwarded", true);
            model.put("from", notice.firstSender());
            model.put("via", String.join(" → ", notice.chain()));
        }
        if (notice.note() != null) {
            model.put("note", notice.note());
        }
        model.put("urgent", notice.urgent());
        model.put("needsAck", notice.needsAck());
        if (notice.deadline() != null) {
            model.put("deadline", at(notice.deadline(), zone));
        }
        if (notice.document() != null) {
            model.put("file", notice.document().fileName() == null ? "" : notice.document().fileName());
        }
        return model;
    }

    static String at(Instant instant, ZoneId zone) {
        return Formats.dateTime(instant.atZone(zone));
    }

    /** The notice as the chats of branches on {@code platform} get it. */
    static OutgoingMessage forBranch(Notice notice, Platform platform, Texts texts, ZoneId zone) {
        String lang = Texts.VIETNAMESE;
        return withFile(notice, platform, "notice.message", texts, lang, zone,
                notice.needsAck() ? ackButton(notice.number(), texts, lang) : List.of());
    }

    /** An officer's copy: what their branches got, and «Chuyển tiếp» to pass it on with a note. */
    static OutgoingMessage forOfficer(Notice notice, Platform platform, Texts texts, String lang, ZoneId zone) {
        return withFile(notice, platform, "notice.officer_copy", texts, lang, zone, List.of(List.of(
                Button.action(texts.plain("notice.button.forward", lang), NoticeButtons.data("f", notice.number())))));
    }

    static List<List<Button>> ackButton(long notice, Texts texts, String lang) {
        return List.of(List.of(Button.action(texts.plain("notice.button.ack", lang), NoticeButtons.data("a", notice))));
    }

    private static OutgoingMessage withFile(Notice notice, Platform platform, String template, Texts texts,
            String lang, ZoneId zone, List<List<Button>> buttons) {
        Map<String, Object> model = model(notice, zone);
        Attachment file = notice.document() != null && notice.filePlatform() == platform ? notice.document() : null;
        model.put("fileElsewhere", notice.document() != null && file == null);
        OutgoingMessage message = OutgoingMessage.text(texts.render(template, lang, model)).withButtons(buttons);
        return file == null ? message : message.withAttachment(file);
    }
}
