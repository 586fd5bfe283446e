package vn.chidoan.core.kernel.durable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The segments a previous run of a {@link Journal} left (a crash, or a stop before its last checkpoint). */
final class JournalLeftovers {
    private static final Logger log = LoggerFactory.getLogger(Journal.class);

    private final List<Path> segments;

    JournalLeftovers(List<Path> segments) {
        this.segments = new ArrayList<>(segments);
    }

    List<byte[]> records() {
        List<byte[]> records = new ArrayList<>();
        for (Path segment : segments) {
            try {
                JournalFormat.Contents contents = JournalFormat.read(segment);
                records.addAll(contents.records());
                if (contents.ignoredBytes() > 0) {
                    log.warn("journal {}: the last {} bytes are not a whole record (a write cut short by a"
                            + " crash, never acknowledged); ignored", segment, contents.ignoredBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the journal segment " + segment, e);
            }
        }
        return records;
    }

    /** Their records are in the database: makes it durable, then deletes them. */
    void forget(Durability database) {
        if (segments.isEmpty()) {
            return;
        }
        database.sync();
        for (Path segment : segments) {
            try {
                Files.deleteIfExists(segment);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the journal segment " + segment, e);
            }
        }
        log.info("journal: {} segments left by the previous run are in the database", segments.size());
        segments.clear();
    }
}
