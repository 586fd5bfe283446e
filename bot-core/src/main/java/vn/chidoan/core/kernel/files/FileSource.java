package vn.chidoan.core.kernel.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /**
     * The bytes of {@code in}, reading at most one byte past {@code maxBytes}, so that a larger file (or a
     * server that said it was smaller) is refused without being held whole.
     */
    static byte[] readAtMost(InputStream in, int maxBytes, String fileRef) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1L - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
            if (total > maxBytes) {
                throw new TooLarge(fileRef, total);
            }
        }
        return out.toByteArray();
    }

    /** The file is larger than the reader may take. */
    final class TooLarge extends IOException {
        public TooLarge(String fileRef, long size) {
            super("file " + fileRef + " has " + size + " bytes or more, more than allowed");
        }
    }
}
