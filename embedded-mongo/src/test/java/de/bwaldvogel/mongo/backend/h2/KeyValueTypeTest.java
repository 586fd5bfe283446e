package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/**
 * Unique-index keys are written compactly and come back as they were, class for class; keys H2
 * Java-serialised (files written before) still read.
 */
class KeyValueTypeTest {
    private static final List<KeyValue> KEYS = List.of(
            new KeyValue("telegram:123:reply:5"), new KeyValue("in:42:0", 0L), new KeyValue(7), new KeyValue(7.5),
            new KeyValue(new ObjectId("65a1b2c3d4e5f60718293a4b")), new KeyValue(Arrays.asList(null, true)),
            new KeyValue(Instant.ofEpochSecond(1_764_900_000L, 123_000_000)), new KeyValue(new Date(5)),
            new KeyValue(new UUID(1, 2)), new KeyValue(new Document("nested", 1), List.of("a", 2L)));

    @Test
    void keysAreWrittenCompactlyAndComeBackAsTheyWere() {
        WriteBuffer written = new WriteBuffer();
        KeyValueType.INSTANCE.write(written, KEYS.toArray(), KEYS.size());
        ByteBuffer stored = written.getBuffer().flip();
        assertThat(stored.get(0)).isEqualTo(KeyValueType.COMPACT_TAG);
        assertThat(stored.remaining()).as("smaller than Java serialisation").isLessThan(javaSerialised().remaining());

        Object[] read = new Object[KEYS.size()];
        KeyValueType.INSTANCE.read(stored, read, read.length);
        assertThat(stored.remaining()).isZero();
        assertThat(Typed.of(Arrays.stream(read).map(KeyValueTypeTest::components).toList()))
                .isEqualTo(Typed.of(KEYS.stream().map(KeyValueTypeTest::components).toList()));
    }

    @Test
    void keysJavaSerialisedByH2sObjectTypeStillRead() {
        ByteBuffer stored = javaSerialised();
        assertThat(stored.get(0)).isEqualTo((byte) StoredTags.JAVA_SERIALISED);
        Object[] read = new Object[KEYS.size()];
        KeyValueType.INSTANCE.read(stored, read, read.length);
        assertThat(Typed.of(Arrays.stream(read).map(KeyValueTypeTest::components).toList()))
                .isEqualTo(Typed.of(KEYS.stream().map(KeyValueTypeTest::components).toList()));
    }

    private static ByteBuffer javaSerialised() {
        WriteBuffer written = new WriteBuffer();
        new ObjectDataType().write(written, KEYS.toArray(), KEYS.size());
        return written.getBuffer().flip();
    }

    private static List<Object> components(Object key) {
        return ((KeyValue) key).stream().toList();
    }
}
