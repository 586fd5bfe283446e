package vn.chidoan.core.features.comment;

import java.time.Instant;
import vn.chidoan.core.kernel.chat.Attachment;

/**
 * What the poster gave before the post exists: a title, a text or a file (or both), a deadline or none.
 * The {@link PostFlow} fills it in step by step; a title not given yet is null.
 */
record PostDraft(String title, String content, Attachment document, Instant deadline, boolean anonymous) {

    /** Nothing yet but the file sent with the bare command, if any. */
    static PostDraft withFile(Attachment file) {
        return new PostDraft(null, "", file, null, false);
    }

    /** The first line read: title, deadline (kept when none was typed) and anonymity. */
    PostDraft with(PostInput.Header header) {
        return new PostDraft(header.title(), content, document,
                header.deadline() == null ? deadline : header.deadline(), header.anonymous());
    }

    /** The content: its text, and a file sent with it (or the one given before). */
    PostDraft withContent(String text, Attachment file) {
        return new PostDraft(title, text, file == null ? document : file, deadline, anonymous);
    }

    PostDraft withDeadline(Instant at) {
        return new PostDraft(title, content, document, at, anonymous);
    }

    PostDraft withAnonymous(boolean hidden) {
        return new PostDraft(title, content, document, deadline, hidden);
    }
}
