package vn.chidoan.core.kernel.durable;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal on its own: what was awaited is read back by the next run, a write cut short by a crash
 * is left out and what precedes it kept, and a segment goes only once its records reached a database
 * made durable. A "crash" here is a journal never closed: the next one opens on the same directory.
 */
class JournalTest {
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path dir;

    private final AtomicInteger databaseSyncs = new AtomicInteger();
    private final Durability database = databaseSyncs::incrementAndGet;

    @Test
    void whatWasOnDiskWhenTheProcessDiedIsReadBackInOrderByTheNextRun() {
        Journal crashed = Journal.open(dir, database, NEVER);
        appendAndAwait(crashed, "first", "second", "third");

        Journal next = Journal.open(dir, database, NEVER);

        assertThat(texts(next.unfinished())).containsExactly("first", "second", "third");
        assertThat(databaseSyncs).hasValue(0);
    }

    @Test
    void aRecordCutShortByTheCrashIsLeftOutAndTheWholeOnesBeforeItAreKept() throws IOException {
        long whole = twoWholeRecordsThen("third, never answered");
        try (FileChannel file = FileChannel.open(onlySegment(), StandardOpenOption.WRITE)) {
            file.truncate(whole + 11);
        }

        assertThat(texts(Journal.open(dir, database, NEVER).unfinished())).containsExactly("first", "second");
    }

    @Test
    void garbageWhereTheLastRecordWasGoingIsLeftOut() throws IOException {
        long whole = twoWholeRecordsThen("third");
        Path segment = onlySegment();
        byte[] bytes = Files.readAllBytes(segment);
        bytes[bytes.length - 2] ^= 0x5a;
        Files.write(segment, bytes);
        assertThat(Files.size(segment)).isGreaterThan(whole);

        assertThat(texts(Journal.open(dir, database, NEVER).unfinished())).containsExactly("first", "second");
    }

    @Test
    void aLengthBeyondTheEndOfTheFileIsATornTailNotARecord() throws IOException {
        Journal crashed = Journal.open(dir, database, NEVER);
        appendAndAwait(crashed, "first");
        Files.write(onlySegment(), new byte[] {0x7f, 0, 0, 0, 1, 2, 3, 4, 5}, StandardOpenOption.APPEND);

        assertThat(texts(Journal.open(dir, database, NEVER).unfinished())).containsExactly("first");
    }

    @Test
    void aSegmentIsDeletedOnlyOnceEachOfItsRecordsReachedTheDatabaseAndTheDatabaseWasMadeDurable() {
        Journal journal = Journal.open(dir, database, NEVER);
        Journal.Entry stored = journal.append(bytes("stored"));
        Journal.Entry storing = journal.append(bytes("still being stored"));
        stored.awaitDisk();
        stored.settle();

        journal.checkpoint();
        assertThat(segments()).as("a record still on its way to the database keeps its segment").hasSize(2);
        assertThat(databaseSyncs).hasValue(0);

        storing.settle();
        journal.checkpoint();
        assertThat(databaseSyncs).hasValue(1);
        assertThat(segments()).as("only the new, empty segment").hasSize(1);
        assertThat(Journal.open(dir, database, NEVER).unfinished()).isEmpty();
    }

    @Test
    void whatTheLastRunLeftIsForgottenOnlyAfterTheDatabaseWasMadeDurable() {
        appendAndAwait(Journal.open(dir, database, NEVER), "left");
        Journal next = Journal.open(dir, database, NEVER);
        assertThat(texts(next.unfinished())).containsExactly("left");

        next.forgetUnfinished();

        assertThat(databaseSyncs).hasValue(1);
        assertThat(Journal.open(dir, database, NEVER).unfinished()).isEmpty();
    }

    @Test
    void closingCheckpointsWhatReachedTheDatabaseSoACleanStopLeavesNothingToReadBack() {
        Journal journal = Journal.open(dir, database, NEVER);
        Journal.Entry entry = journal.append(bytes("handled"));
        entry.awaitDisk();
        entry.settle();

        journal.close();

        assertThat(segments()).isEmpty();
        assertThat(databaseSyncs).hasValue(1);
    }

    @Test
    void callersThatArriveTogetherShareTheForcesAndEachFindsItsRecordOnDisk() throws Exception {
        Journal journal = Journal.open(dir, database, NEVER);
        List<Thread> writers = IntStream.range(0, 8).mapToObj(w -> new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                Journal.Entry entry = journal.append(bytes(w + ":" + i));
                entry.awaitDisk();
                entry.settle();
            }
        })).toList();
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }

        assertThat(Journal.open(dir, database, NEVER).unfinished()).hasSize(400);
    }

    /** Appends "first" and "second", then {@code third}; returns the size of the two first records. */
    private long twoWholeRecordsThen(String third) throws IOException {
        Journal crashed = Journal.open(dir, database, NEVER);
        appendAndAwait(crashed, "first", "second");
        long whole = Files.size(onlySegment());
        appendAndAwait(crashed, third);
        return whole;
    }

    private static void appendAndAwait(Journal journal, String... texts) {
        for (String text : texts) {
            journal.append(bytes(text)).awaitDisk();
        }
    }

    private Path onlySegment() {
        List<Path> all = segments();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private List<Path> segments() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static List<String> texts(List<byte[]> records) {
        return records.stream().map(r -> new String(r, UTF_8)).toList();
    }
}
