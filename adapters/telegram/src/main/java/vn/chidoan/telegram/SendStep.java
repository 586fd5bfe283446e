package vn.chidoan.telegram;

import java.util.ArrayList;
import java.util.List;
import vn.chidoan.core.kernel.chat.OutgoingMessage;

/**
 * One Bot API call of an outgoing message. A long text becomes several text steps; a file whose text
 * is too long for a caption is preceded by the text; an edit edits the first part and sends the rest;
 * an edit with a file replaces the message's photo or file and its caption. The buttons go under the
 * last step.
 */
record SendStep(Kind kind, String text, boolean withButtons) {
    static final int TEXT_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;

    enum Kind {
        EDIT, TEXT, FILE, EDIT_FILE
    }

    static List<SendStep> plan(OutgoingMessage message) {
        String markup = message.text() == null ? "" : message.text().markup().strip();
        List<SendStep> steps = new ArrayList<>();
        if (message.attachment() != null) {
            boolean fits = markup.length() <= CAPTION_LIMIT;
            if (!fits) {
                HtmlSplitter.split(markup, TEXT_LIMIT).forEach(part -> steps.add(new SendStep(Kind.TEXT, part, false)));
            }
            steps.add(new SendStep(message.editOf() != null ? Kind.EDIT_FILE : Kind.FILE,
                    fits && !markup.isEmpty() ? markup : null, false));
        } else if (!markup.isEmpty()) {
            List<String> parts = HtmlSplitter.split(markup, TEXT_LIMIT);
            for (int i = 0; i < parts.size(); i++) {
                Kind kind = i == 0 && message.editOf() != null ? Kind.EDIT : Kind.TEXT;
                steps.add(new SendStep(kind, parts.get(i), false));
            }
        }
        if (!steps.isEmpty() && !message.buttons().isEmpty()) {
            SendStep last = steps.remove(steps.size() - 1);
            steps.add(new SendStep(last.kind(), last.text(), true));
        }
        return steps;
    }
}
