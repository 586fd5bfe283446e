package vn.chidoan.core.testing;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.files.FileSource;

/**
 * The files people send in the core's tests, as a platform would hold them: a test puts the bytes under a
 * file id ({@link #document}) and the message carries the id; reading one the platform does not have
 * fails as a download would.
 */
public final class TestFiles implements FileSource {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    /** A document holding {@code bytes}, as a message carries it. */
    public Attachment document(String fileName, byte[] bytes) {
        String ref = "test-file-" + files.size() + "-" + fileName;
        files.put(ref, bytes.clone());
        return Attachment.inbound(Attachment.Kind.DOCUMENT, ref, fileName, fileName.endsWith(".xlsx")
                ? Spreadsheet.MIME_TYPE : "application/octet-stream");
    }

    @Override
    public byte[] read(String fileRef, int maxBytes) throws IOException {
        byte[] bytes = files.get(fileRef);
        if (bytes == null) {
            throw new IOException("no file " + fileRef);
        }
        if (bytes.length > maxBytes) {
            throw new TooLarge(fileRef, bytes.length);
        }
        return bytes.clone();
    }
}
