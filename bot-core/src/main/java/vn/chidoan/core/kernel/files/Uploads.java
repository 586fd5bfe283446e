package vn.chidoan.core.kernel.files;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * Public API: the bytes of a file someone sent, from the platform it came from. What cannot be read
 * is a {@link BadInput} that tells the sender what to do: {@code files.too_large} (with the limit in
 * kilobytes), {@code files.unreadable} (send it again).
 */
@Service
public class Uploads {
    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    private final List<FileSource> sources;

    public Uploads(List<FileSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public byte[] read(Platform platform, Attachment file, int maxBytes) {
        Optional<FileSource> source = sources.stream().filter(s -> s.platform() == platform).findFirst();
        if (source.isEmpty() || file.fileRef() == null) {
            throw new BadInput("files.unreadable");
        }
        try {
            return source.get().read(file.fileRef(), maxBytes);
        } catch (FileSource.TooLarge tooLarge) {
            throw new BadInput("files.too_large", Map.of("kb", maxBytes / 1024));
        } catch (IOException | RuntimeException e) {
            log.warn("could not read the file {} sent on {}: {}", file.fileName(), platform, e.toString());
            throw new BadInput("files.unreadable");
        }
    }
}
