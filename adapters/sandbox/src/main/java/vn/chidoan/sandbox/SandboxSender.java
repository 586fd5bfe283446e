package vn.chidoan.sandbox;

import java.time.Duration;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.SendOutcome;

/**
 * "Sends" by recording in the simulated chat: a message with its buttons and file, an edit that
 * replaces the earlier message (sent anew if there is none, as on a platform without edits), a toast
 * for the presser of a button. Nothing leaves the machine, so there is no pace to keep.
 */
final class SandboxSender implements PlatformSender {
    private static final Pacing UNPACED = new Pacing(1_000, chat -> Duration.ZERO);

    private final MessageLog log;
    private final FileStore files;

    SandboxSender(MessageLog log, FileStore files) {
        this.log = log;
        this.files = files;
    }

    @Override
    public Platform platform() {
        return Platform.SANDBOX;
    }

    @Override
    public Pacing pacing() {
        return UNPACED;
    }

    @Override
    public SendOutcome send(OutboxEntry entry) {
        String chat = entry.chat().id();
        if (entry.kind() == OutboxEntry.Kind.BUTTON_ANSWER) {
            if (entry.toast() != null && !entry.toast().isBlank()) {
                log.toast(entry.key(), chat, Callbacks.presser(entry.callbackId()), entry.toast());
            }
            return new SendOutcome.Delivered(entry.callbackId());
        }
        OutgoingMessage message = entry.message();
        if (message.editOf() == null) {
            Optional<String> resent = log.sentBefore(entry.key());
            if (resent.isPresent()) {
                return new SendOutcome.Delivered(resent.get()); // sent before a crash; its file is stored already
            }
        }
        SandboxView.File file;
        try {
            file = file(chat, message.attachment());
        } catch (IllegalArgumentException unknownFile) {
            return new SendOutcome.Failed(unknownFile.getMessage());
        }
        var content = new MessageCodec.Content(message.text() == null ? "" : message.text().markup(),
                message.buttons(), file);
        if (message.editOf() != null && log.edited(chat, message.editOf(), content)) {
            return new SendOutcome.Delivered(message.editOf());
        }
        return new SendOutcome.Delivered(log.sent(entry.key(), chat, content));
    }

    private SandboxView.File file(String chat, Attachment attachment) {
        if (attachment == null) {
            return null;
        }
        if (attachment.content() != null) {
            return files.save(chat, attachment.kind().name(), attachment.fileName(), mime(attachment),
                    attachment.content());
        }
        return files.byId(attachment.fileRef()).map(FileStore.Stored::file)
                .orElseThrow(() -> new IllegalArgumentException("no sandbox file " + attachment.fileRef()));
    }

    private static String mime(Attachment attachment) {
        if (attachment.mimeType() != null) {
            return attachment.mimeType();
        }
        return attachment.kind() == Attachment.Kind.PHOTO ? "image/png" : "application/octet-stream";
    }

    /** The persona who pressed, from a callback id made by {@link Callbacks#of}. */
    static final class Callbacks {
        private Callbacks() {
        }

        static String of(String persona, long sequence) {
            return persona + "/" + sequence;
        }

        static String presser(String callbackId) {
            int slash = callbackId == null ? -1 : callbackId.lastIndexOf('/');
            return slash < 0 ? null : callbackId.substring(0, slash);
        }
    }
}
