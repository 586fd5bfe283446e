package vn.chidoan.sandbox;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic Vietnamese full names from the dataset's parts, drawn with a fixed seed: the same
 * sequence on every start, no name twice.
 */
final class DemoNames {
    static final long SEED = 2026L;
    private static final List<String> GENDERS = List.of("male", "female");

    private final Dataset.Names parts;
    private final Random random = new Random(SEED);
    private final Set<String> used = new HashSet<>();

    DemoNames(Dataset.Names parts) {
        this.parts = parts;
    }

    String next() {
        while (true) {
            String gender = GENDERS.get(random.nextInt(GENDERS.size()));
            String name = pick(parts.surnames()) + " " + pick(parts.middle().get(gender)) + " "
                    + pick(parts.given().get(gender));
            if (used.add(name)) {
                return name;
            }
        }
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
