package vn.chidoan.core.features.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * A notice before it is sent, as the sender shapes it: what it says (and the platform its file is on,
 * whose file id works only there), the unit it is sent from
 * ({@code origin}, fixed when the dialogue starts), the sub-units chosen ({@code units}; none: the
 * whole subtree), whether the branches must acknowledge it and by when, the reminder offsets before
 * that deadline (none: the kind's defaults), whether it is urgent, and for a notice passed on the one
 * it came from and the note added.
 */
record NoticeDraft(String text, Attachment document, Platform filePlatform, UnitId origin, List<UnitId> units,
        boolean needsAck, Instant deadline, List<Duration> offsets, boolean urgent, Long parent, String note) {

    NoticeDraft {
        text = text == null ? "" : text.strip();
        units = List.copyOf(units);
        offsets = List.copyOf(offsets);
    }

    /** A new notice from {@code origin} with what was typed or sent: acknowledged, not urgent, to everyone. */
    static NoticeDraft of(String text, Attachment document, Platform from, UnitId origin) {
        return new NoticeDraft(text, document, document == null ? null : from, origin, List.of(), true, null,
                List.of(), false, null, null);
    }

    /** Notice {@code parent} passed on from {@code origin}, with its text and file, to the whole subtree. */
    static NoticeDraft forwarding(Notice parent, UnitId origin) {
        return new NoticeDraft(parent.text(), parent.document(), parent.filePlatform(), origin, List.of(),
                parent.needsAck(),
                parent.deadline(), List.of(), parent.urgent(), parent.number(), null);
    }

    boolean hasContent() {
        return !text.isEmpty() || document != null;
    }

    NoticeDraft withContent(String newText, Attachment file, Platform from) {
        return new NoticeDraft(newText, file != null ? file : document, file != null ? from : filePlatform, origin,
                units, needsAck, deadline, offsets, urgent, parent, note);
    }

    NoticeDraft withUnit(UnitId unit, boolean chosen) {
        List<UnitId> changed = new ArrayList<>(units);
        changed.remove(unit);
        if (chosen) {
            changed.add(unit);
        }
        return new NoticeDraft(text, document, filePlatform, origin,
                changed, needsAck, deadline, offsets, urgent, parent, note);
    }

    NoticeDraft toEveryone() {
        return new NoticeDraft(text, document, filePlatform, origin,
                List.of(), needsAck, deadline, offsets, urgent, parent, note);
    }

    NoticeDraft withAck(boolean needed) {
        return new NoticeDraft(text, document, filePlatform, origin,
                units, needed, deadline, offsets, urgent, parent, note);
    }

    NoticeDraft withDeadline(Instant at) {
        return new NoticeDraft(text, document, filePlatform, origin,
                units, needsAck, at, offsets, urgent, parent, note);
    }

    NoticeDraft withOffsets(List<Duration> before) {
        return new NoticeDraft(text, document, filePlatform, origin,
                units, needsAck, deadline, before, urgent, parent, note);
    }

    NoticeDraft withUrgent(boolean khan) {
        return new NoticeDraft(text, document, filePlatform, origin,
                units, needsAck, deadline, offsets, khan, parent, note);
    }

    NoticeDraft withNote(String typed) {
        return new NoticeDraft(text, document, filePlatform, origin, units, needsAck, deadline, offsets, urgent, parent,
                typed == null || typed.isBlank() ? null : typed.strip());
    }

    /** The units it goes to: those chosen, or the origin (its whole subtree). */
    List<UnitId> targets() {
        return units.isEmpty() ? List.of(origin) : units;
    }
}
