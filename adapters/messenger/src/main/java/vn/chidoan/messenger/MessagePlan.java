package vn.chidoan.messenger;

import com.github.messenger4j.send.message.Message;
import com.github.messenger4j.send.message.RichMediaMessage;
import com.github.messenger4j.send.message.TemplateMessage;
import com.github.messenger4j.send.message.TextMessage;
import com.github.messenger4j.send.message.quickreply.QuickReply;
import com.github.messenger4j.send.message.quickreply.TextQuickReply;
import com.github.messenger4j.send.message.richmedia.RichMediaAsset;
import com.github.messenger4j.send.message.richmedia.UrlRichMediaAsset;
import com.github.messenger4j.send.message.template.ButtonTemplate;
import com.github.messenger4j.send.message.template.button.PostbackButton;
import com.github.messenger4j.send.message.template.button.UrlButton;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * The Messenger messages one neutral message becomes, in order. Text is plain (markup removed, links
 * kept as addresses), in parts of at most 2,000 characters. Choices: up to three buttons with short
 * labels become a button template under the last part (its text at most 640 characters); otherwise
 * links become lines of text and requests become quick replies (up to thirteen, short titles) or,
 * past that, numbered lines the person answers by typing the number. A file goes first: by its URL,
 * or, when it was generated here (an export, a QR code), uploaded with its bytes ({@link FileUpload}).
 * Edits do not exist on Messenger: an edit is sent as a new message.
 */
final class MessagePlan {
    static final Capabilities MESSENGER = Capabilities.of(Platform.MESSENGER);
    static final int TEMPLATE_TEXT = 640;
    static final int MAX_PAYLOAD = 1000;

    private MessagePlan() {
    }

    /** One Send API call of a plan: a message the library sends as JSON, or a file uploaded with its bytes. */
    sealed interface Step permits Json, Upload {
    }

    record Json(Message message) implements Step {
    }

    record Upload(Attachment file) implements Step {
    }

    /** Thrown for what Messenger cannot carry as given (another platform's file id, a malformed link). */
    static final class Unsendable extends RuntimeException {
        Unsendable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The calls for {@code message}; {@code typeANumber} is the line that asks to answer numbered choices. */
    static List<Step> of(OutgoingMessage message, String typeANumber) {
        List<Step> steps = new ArrayList<>();
        if (message.attachment() != null) {
            steps.add(file(message.attachment()));
        }
        messages(message, typeANumber).forEach(m -> steps.add(new Json(m)));
        return steps;
    }

    private static List<Message> messages(OutgoingMessage message, String typeANumber) {
        List<Message> plan = new ArrayList<>();
        String text = message.text() == null ? "" : message.text().toPlainText();
        List<List<Button>> rows = message.buttons();
        List<Button> all = rows.stream().flatMap(List::stream).toList();
        all.stream().filter(b -> b.data() != null && b.data().length() > MAX_PAYLOAD).findFirst().ifPresent(b -> {
            throw new Unsendable("button data over " + MAX_PAYLOAD + " characters");
        });
        if (all.isEmpty()) {
            addText(plan, text, null);
        } else if (MESSENGER.buttonsFit(rows)) {
            List<String> parts = TextParts.split(orDots(text), MESSENGER.maxTextLength(), TEMPLATE_TEXT);
            parts.subList(0, parts.size() - 1).forEach(part -> plan.add(TextMessage.create(part)));
            plan.add(TemplateMessage.create(ButtonTemplate.create(parts.get(parts.size() - 1),
                    all.stream().map(MessagePlan::templateButton).toList())));
        } else {
            StringBuilder withLinks = new StringBuilder(text);
            all.stream().filter(b -> b.url() != null).forEach(b -> withLinks.append('\n').append(b.label())
                    .append(": ").append(b.url()));
            List<Button> requests = all.stream().filter(b -> b.data() != null).toList();
            if (requests.isEmpty()) {
                addText(plan, withLinks.toString(), null);
            } else if (!MESSENGER.typedChoices(rows)) {
                addText(plan, orDots(withLinks.toString()), requests.stream()
                        .<QuickReply>map(b -> TextQuickReply.create(b.label(), b.data())).toList());
            } else {
                addText(plan, withLinks + numbered(requests) + "\n" + typeANumber, null);
            }
        }
        return plan;
    }

    /** {@code 1. Đồng ý} … in the order of the buttons, row by row, as the person types them. */
    static String numbered(List<Button> requests) {
        StringBuilder lines = new StringBuilder("\n");
        for (int i = 0; i < requests.size(); i++) {
            lines.append('\n').append(i + 1).append(". ").append(requests.get(i).label());
        }
        return lines.toString();
    }

    private static void addText(List<Message> plan, String text, List<QuickReply> quickReplies) {
        if (text.isBlank() && quickReplies == null) {
            return;
        }
        List<String> parts = TextParts.split(text, MESSENGER.maxTextLength());
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            plan.add(last && quickReplies != null
                    ? TextMessage.create(parts.get(i), Optional.of(quickReplies), Optional.empty())
                    : TextMessage.create(parts.get(i)));
        }
    }

    private static com.github.messenger4j.send.message.template.button.Button templateButton(Button button) {
        return button.url() != null ? UrlButton.create(button.label(), url(button.url()))
                : PostbackButton.create(button.label(), button.data());
    }

    private static Step file(Attachment attachment) {
        if (attachment.content() != null) {
            if (attachment.content().length > FileUpload.MAX_BYTES) {
                throw new Unsendable("file over Messenger's " + FileUpload.MAX_BYTES / (1024 * 1024) + " MB: "
                        + attachment.fileName());
            }
            return new Upload(attachment);
        }
        if (attachment.fileRef() == null || !attachment.fileRef().matches("(?i)https?://.+")) {
            throw new Unsendable("Messenger takes files by URL or as uploaded bytes, not as another platform's id");
        }
        RichMediaAsset.Type type = attachment.kind() == Attachment.Kind.PHOTO ? RichMediaAsset.Type.IMAGE
                : RichMediaAsset.Type.FILE;
        return new Json(RichMediaMessage.create(UrlRichMediaAsset.create(type, url(attachment.fileRef()))));
    }

    private static URL url(String address) {
        try {
            return URI.create(address).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new Unsendable("not a URL: " + address);
        }
    }

    /** A template and quick replies need some text; a message of buttons alone shows an ellipsis. */
    private static String orDots(String text) {
        return text.isBlank() ? "\u2026" : text;
    }
}
