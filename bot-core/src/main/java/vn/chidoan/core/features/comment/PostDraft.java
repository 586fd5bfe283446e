package vn.chidoan.core.features.comment;

import java.time.Instant;
import vn.chidoan.core.kernel.chat.Attachment;

/** What the poster gave before the post exists: a title, a text or a file (or both), a deadline or none. */
record PostDraft(String title, String content, Attachment document, Instant deadline, boolean anonymous) {
}
