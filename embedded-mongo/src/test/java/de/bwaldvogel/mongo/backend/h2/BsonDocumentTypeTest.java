package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The value type gives back, class for class and in order, any document of the server's value types
 * (random documents from a seed, written and read a page at a time); what BSON would change is kept
 * Java-serialised and comes back as it was too.
 */
class BsonDocumentTypeTest {
    private static final long SEED = 20261205L;
    private final BsonDocumentType type = new BsonDocumentType();

    @Test
    void randomDocumentsOfEveryServerTypeComeBackAsTheyWereWrittenAsBson() {
        Random random = new Random(SEED);
        for (int page = 0; page < 200; page++) {
            Object[] documents = new Object[1 + random.nextInt(40)];
            for (int i = 0; i < documents.length; i++) {
                documents[i] = document(random, 0);
            }
            WriteBuffer written = new WriteBuffer();
            type.write(written, documents, documents.length);
            ByteBuffer stored = written.getBuffer().flip();
            assertThat(stored.get(0)).as("page %d, seed %d", page, SEED).isEqualTo(BsonDocumentType.BSON_TAG);

            Object[] read = type.createStorage(documents.length);
            type.read(stored, read, read.length);
            assertThat(stored.remaining()).as("the page's bytes, all read").isZero();
            assertThat(Typed.of(List.of(read))).as("page %d, seed %d", page, SEED).isEqualTo(Typed.of(List.of(documents)));
        }
    }

    @Test
    void whatBsonWouldChangeStaysJavaSerialisedAndComesBackAsItWas() {
        List<Document> inexact = List.of(
                new Document("_id", 1).append("at", Instant.ofEpochSecond(1_764_900_000L, 123_456_789)),
                new Document("_id", 2).append("set", Set.of("a")),
                new Document("_id", 3).append("nested", new Document("small", (short) 3)));
        for (Document document : inexact) {
            WriteBuffer written = new WriteBuffer();
            type.write(written, document);
            ByteBuffer stored = written.getBuffer().flip();
            assertThat(stored.get(0)).as("%s", document).isEqualTo((byte) StoredTags.JAVA_SERIALISED);
            assertThat(Typed.of(type.read(stored))).isEqualTo(Typed.of(document));
        }
    }

    static Document document(Random random, int depth) {
        Document document = new Document("_id", random.nextInt(1_000_000));
        int fields = random.nextInt(depth == 0 ? 12 : 4);
        for (int i = 0; i < fields; i++) {
            document.append("f" + i, value(random, depth));
        }
        return document;
    }

    private static Object value(Random random, int depth) {
        List<Function<Random, Object>> kinds = new ArrayList<>(List.of(
                r -> null, r -> r.nextInt(), r -> r.nextLong(), r -> r.nextDouble() * 1e6 - 5e5, r -> -0.0,
                r -> r.nextBoolean(), r -> "chữ " + r.nextInt(1_000), r -> "",
                r -> new ObjectId(bytes(r, 12)), r -> Instant.ofEpochMilli(r.nextLong() % 4_000_000_000_000L),
                r -> new Decimal128(new BigDecimal(r.nextInt()).movePointLeft(2)), r -> new BinData(bytes(r, r.nextInt(20))),
                r -> new UUID(r.nextLong(), r.nextLong()), r -> new LegacyUUID(r.nextLong(), r.nextLong()),
                r -> new BsonTimestamp(r.nextLong()), r -> new BsonRegularExpression("^a.*" + r.nextInt(9), "i"),
                r -> new BsonJavaScript("x+" + r.nextInt(9)), r -> MinKey.getInstance(), r -> MaxKey.getInstance()));
        if (depth < 3) {
            kinds.add(r -> document(r, depth + 1));
            kinds.add(r -> {
                List<Object> list = new ArrayList<>();
                for (int i = r.nextInt(5); i > 0; i--) {
                    list.add(value(r, depth + 1));
                }
                return list;
            });
        }
        return kinds.get(random.nextInt(kinds.size())).apply(random);
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
