package vn.chidoan.core.kernel.durable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.work.PeriodicJobs;
import vn.chidoan.core.kernel.work.Worker;

/**
 * An append-only journal of records the app has acknowledged before its database has them on disk.
 * A record is appended, its database write made (in memory), then {@link Entry#awaitDisk()} returns
 * once the record is forced to disk: one fsync of the journal file for the callers that arrive
 * together ({@link GroupSync}), instead of a database commit per group, which rewrites every page
 * changed since the last one. About once a second ({@link #checkpoint()}) the journal moves to a new
 * segment file; a closed segment whose records all reached the database is deleted once the
 * database itself has been made durable ({@code database.sync()}), so the journal holds only the last
 * moment of records. At start-up the segments left by a crash are read back ({@link #unfinished()}),
 * written to the database again (idempotently: the caller's writes are keyed) and then forgotten.
 */
public final class Journal implements Worker, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final String SUFFIX = ".journal";

    private final Path dir;
    private final Durability database;
    private final GroupSync forcing = new GroupSync(this::forceCurrent);
    private final PeriodicJobs checkpoints;
    private final JournalLeftovers leftover;
    private final List<JournalSegment> closed = new ArrayList<>();
    private long next;
    private JournalSegment current;
    private boolean rotate;

    private Journal(Path dir, Durability database, JournalLeftovers leftover, long next) {
        this.dir = dir;
        this.checkpoints = new PeriodicJobs(dir.getFileName() + "-checkpoint", log);
        this.database = database;
        this.leftover = leftover;
        this.next = next;
        this.current = newSegment();
    }

    /**
     * Opens the journal in {@code dir} (created if need be) on a new segment, keeping the segments a
     * previous run left for {@link #unfinished()}; checkpoints every {@code every}.
     */
    public static Journal open(Path dir, Durability database, Duration every) {
        try {
            Files.createDirectories(dir);
            List<Path> leftover;
            try (Stream<Path> files = Files.list(dir)) {
                leftover = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
            }
            long next = leftover.isEmpty() ? 1 : number(leftover.get(leftover.size() - 1)) + 1;
            Journal journal = new Journal(dir, database, new JournalLeftovers(leftover), next);
            journal.checkpoints.every("checkpoint", every, every, journal::checkpoint);
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal in " + dir, e);
        }
    }

    /** A record appended and not yet known to be on disk or in the database. */
    public static final class Entry {
        private final Journal journal;
        private final JournalSegment segment;
        private boolean settled;

        private Entry(Journal journal, JournalSegment segment) {
            this.journal = journal;
            this.segment = segment;
        }

        /** Returns once the record is on disk (with every record appended before it). */
        public void awaitDisk() {
            journal.forcing.sync();
        }

        /** The database write for the record has ended (well or not): its segment may go once checkpointed. */
        public synchronized void settle() {
            if (!settled) {
                settled = true;
                segment.settled();
            }
        }
    }

    /** Appends {@code record} to the current segment, not forced yet. */
    public Entry append(byte[] record) {
        var framed = JournalFormat.frame(record);
        synchronized (this) {
            current.write(framed);
            return new Entry(this, current);
        }
    }

    /** The whole records of the segments a previous run left, oldest first (a torn tail is logged and left out). */
    public List<byte[]> unfinished() {
        return leftover.records();
    }

    /** The records of {@link #unfinished()} are in the database: makes it durable, then deletes them. */
    public void forgetUnfinished() {
        leftover.forget(database);
    }

    /**
     * Closes the current segment (if it has records) and deletes the closed ones whose records all
     * reached the database, once the database is durable.
     */
    public void checkpoint() {
        synchronized (this) {
            if (current.empty() && closed.isEmpty()) {
                return;
            }
            rotate = true;
        }
        forcing.sync();
        List<JournalSegment> done;
        synchronized (this) {
            done = closed.stream().filter(JournalSegment::allSettled).toList();
        }
        if (done.isEmpty()) {
            return;
        }
        database.sync();
        for (JournalSegment segment : done) {
            segment.delete();
        }
        synchronized (this) {
            closed.removeAll(done);
        }
    }

    /** Forces the current segment; moves to a new one first when a checkpoint asked for it. */
    private void forceCurrent() {
        JournalSegment forced;
        boolean rotated;
        synchronized (this) {
            forced = current;
            rotated = rotate && !current.empty();
            rotate = false;
            if (rotated) {
                current = newSegment();
            }
        }
        forced.force();
        if (rotated) {
            forced.close();
            synchronized (this) {
                closed.add(forced);
            }
        }
    }

    private JournalSegment newSegment() {
        JournalSegment segment = JournalSegment.create(dir.resolve(String.format("%019d%s", next++, SUFFIX)));
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            log.debug("journal: cannot force the directory {} ({}); the file system does not need it", dir,
                    e.toString());
        }
        return segment;
    }

    private static long number(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
    }

    @Override
    public Map<String, Boolean> running() {
        return checkpoints.running();
    }

    /** Stops checkpointing; what is still in the journal is forced and read back at the next start. */
    @Override
    public void close() {
        checkpoints.stop();
        try {
            checkpoint();
        } finally {
            synchronized (this) {
                current.force();
                current.close();
                if (current.empty()) {
                    current.delete();
                }
            }
        }
    }
}
