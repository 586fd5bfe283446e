package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Index keys are ordered within a kind exactly as the server's comparator orders the values: the
 * short ways for common values (strings, numbers, dates, booleans, ids, UUIDs) never change the order
 * existing files are sorted by.
 */
class KeyOrderTest {
    private static final ValueComparator SERVER = ValueComparator.ascWithoutListHandling();
    private static final long SEED = 20261205L;

    @Test
    void valuesOfOneKindCompareAsTheServerComparesThem() {
        List<Object> values = values(new Random(SEED));
        int compared = 0;
        for (Object a : values) {
            for (Object b : values) {
                for (KeyOrder order : List.of(KeyOrder.SECONDARY, KeyOrder.UNIQUE)) {
                    if (order.kind(a) == order.kind(b) && order.sortsLikeTheServer(a) == order.sortsLikeTheServer(b)) {
                        assertThat(Integer.signum(order.compare(a, b)))
                                .as("%s %s against %s (seed %d)", order == KeyOrder.UNIQUE ? "unique" : "secondary",
                                        describe(a), describe(b), SEED)
                                .isEqualTo(Integer.signum(SERVER.compare(a, b)));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(20_000);
    }

    @Test
    void uuidsComeInTheOrderOfTheirText() {
        List<UUID> uuids = new ArrayList<>(List.of(new UUID(-1, 5), new UUID(1, -1), new UUID(1, 2),
                new UUID(Long.MIN_VALUE, 0), new UUID(0, Long.MIN_VALUE), UUID.fromString("f0000000-0000-0000-0000-000000000000")));
        uuids.sort(KeyOrder.SECONDARY::compare);
        assertThat(uuids).extracting(UUID::toString).isSorted();
    }

    private static List<Object> values(Random random) {
        List<Object> values = new ArrayList<>(Arrays.asList(null, "", "a", "A", "ä", "telegram:1", "telegram:10",
                "Nguyễn", 0, -0.0, 0.0, 1, 1L, 1.0, -1, 2.5, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Long.MAX_VALUE, Long.MIN_VALUE, (double) Long.MAX_VALUE, 9_007_199_254_740_993L,
                9.007199254740993E15, (double) Integer.MAX_VALUE + 0.5, Integer.MIN_VALUE,
                new Decimal128(new BigDecimal("2.5")), true, false, Instant.EPOCH, Instant.ofEpochSecond(0, 1),
                new UUID(0, 0), new UUID(-1, -1)));
        for (int i = 0; i < 20; i++) {
            values.add(text(random));
            values.add(random.nextInt(2_000) - 1_000);
            values.add(random.nextLong());
            values.add((long) random.nextInt(5));
            values.add(random.nextDouble() * 1e6 - 5e5);
            values.add((double) random.nextInt(5));
            values.add(Instant.ofEpochSecond(1_764_900_000L + random.nextInt(1_000), random.nextInt(1_000_000_000)));
            values.add(new UUID(random.nextLong(), random.nextLong()));
            values.add(new ObjectId());
        }
        return values;
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            text.append("aAz09:éễ🙂".charAt(random.nextInt(10)));
        }
        return text.toString();
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
