package vn.chidoan.core.kernel.durable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One file of a {@link Journal}, written from its start; {@code unsettled} counts its records whose
 * database write has not ended yet (the segment may be deleted only once it is back at zero and the
 * database has been made durable).
 */
final class JournalSegment {
    private final Path path;
    private final FileChannel channel;
    private final AtomicInteger unsettled = new AtomicInteger();
    private int records;
    private long end;
    private boolean broken;

    private JournalSegment(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    static JournalSegment create(Path path) {
        try {
            return new JournalSegment(path, FileChannel.open(path, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the journal segment " + path, e);
        }
    }

    /**
     * Appends a framed record (not forced yet); called by one thread at a time. A write that fails
     * half-way (a full disk) is cut off again, so the records appended after it are not hidden behind
     * a broken one when the segment is read back; if even that fails, the segment takes no more.
     */
    void write(ByteBuffer framed) {
        if (broken) {
            throw new UncheckedIOException(new IOException("the journal segment " + path + " could not be repaired"));
        }
        long start = end;
        try {
            while (framed.hasRemaining()) {
                channel.write(framed);
            }
        } catch (IOException e) {
            cutBackTo(start);
            throw new UncheckedIOException("cannot write to the journal segment " + path, e);
        }
        end = start + framed.limit();
        records++;
        unsettled.incrementAndGet();
    }

    private void cutBackTo(long start) {
        try {
            channel.truncate(start);
            channel.position(start);
        } catch (IOException e) {
            broken = true;
        }
    }

    void settled() {
        unsettled.decrementAndGet();
    }

    boolean allSettled() {
        return unsettled.get() == 0;
    }

    boolean empty() {
        return records == 0;
    }

    void force() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force the journal segment " + path + " to disk", e);
        }
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the journal segment " + path, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the journal segment " + path, e);
        }
    }

    Path path() {
        return path;
    }
}
