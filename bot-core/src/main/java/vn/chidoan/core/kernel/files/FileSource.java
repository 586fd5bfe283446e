package vn.chidoan.core.kernel.files;

import java.io.IOException;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * Port: the bytes of a file someone sent on one platform, by the handle its adapter put in the
 * {@link vn.chidoan.core.kernel.chat.Attachment} (a Telegram file id, a Messenger attachment URL, a
 * sandbox file id). Each adapter provides one.
 */
public interface FileSource {

    Platform platform();

    /**
     * Reads the file, never more than {@code maxBytes}: a larger file throws {@link TooLarge} without
     * being read whole. Any other failure to get it is an {@link IOException}.
     */
    byte[] read(String fileRef, int maxBytes) throws IOException;

    /** The file is larger than the reader may take. */
    final class TooLarge extends IOException {
        public TooLarge(String fileRef, long size) {
            super("file " + fileRef + " has " + size + " bytes, more than allowed");
        }
    }
}
