package vn.chidoan.sandbox;

import java.io.IOException;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.files.FileSource;

/** Files a persona uploaded on the page, kept in {@code sandbox_files} under the id the message carries. */
final class SandboxFiles implements FileSource {
    private final FileStore files;

    SandboxFiles(FileStore files) {
        this.files = files;
    }

    @Override
    public Platform platform() {
        return Platform.SANDBOX;
    }

    @Override
    public byte[] read(String fileRef, int maxBytes) throws IOException {
        byte[] data = files.byId(fileRef).orElseThrow(() -> new IOException("no sandbox file " + fileRef)).data();
        if (data.length > maxBytes) {
            throw new TooLarge(fileRef, data.length);
        }
        return data;
    }
}
