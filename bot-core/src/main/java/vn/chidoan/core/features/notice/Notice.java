package vn.chidoan.core.features.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * A notice as sent. {@code number} is what people type ({@code /thongbao_ketqua 12}); {@code filePlatform}
 * is the platform its file is on (its id works only there); {@code origin} is the unit that sends it,
 * {@code targets} the units it was sent to (the origin itself for its whole subtree), {@code branches}
 * every branch it went to. {@code chain} lists the units it came through,
 * the first sender's first and this one's last; a notice passed on names the one it came from
 * ({@code parent}) and the note added. {@code sender} and {@code senderAccount} are null once the
 * sender's data is erased; {@code progressChat} is where the sender watches it go out, in {@code lang}. {@code sentAt} is set once every message has gone out or failed.
 */
record Notice(long number, String text, Attachment document, Platform filePlatform, PersonId sender,
        UserRef senderAccount, UnitId origin, List<UnitId> targets, List<UnitId> branches, boolean needsAck,
        Instant deadline, boolean urgent, List<Duration> offsets, Long parent, String note, List<String> chain,
        ChatRef progressChat, String lang, Instant createdAt, Instant sentAt) {

    static final int HEADLINE = 60;

    Notice {
        targets = List.copyOf(targets);
        branches = List.copyOf(branches);
        offsets = List.copyOf(offsets);
        chain = List.copyOf(chain);
    }

    /** The cause of its fan-out; the message to a chat is {@code notice:<number>:chat:<chat>}. */
    String cause() {
        return "notice:" + number;
    }

    /** The outbox key of the sender's progress message, which later edits replace. */
    String progressKey() {
        return cause() + ":progress";
    }

    /** Its first line, shortened, to name it in lists and reports; the file's name for a file alone. */
    String headline() {
        String first = text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            return document != null && document.fileName() != null ? document.fileName() : "#" + number;
        }
        return first.length() <= HEADLINE ? first : first.substring(0, HEADLINE - 1).strip() + "…";
    }

    /** The unit it was first sent by, as its chain names it. */
    String firstSender() {
        return chain.get(0);
    }

    /** Its own unit's name, the last of the chain. */
    String unitName() {
        return chain.get(chain.size() - 1);
    }

    boolean openAt(Instant now) {
        return needsAck && (deadline == null || now.isBefore(deadline));
    }
}
