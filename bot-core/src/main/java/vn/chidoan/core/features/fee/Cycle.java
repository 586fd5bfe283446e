package vn.chidoan.core.features.fee;

import java.util.Optional;
import vn.chidoan.core.kernel.text.DateInput;

/** How a branch collects: every month, or a quarter at a time (members working away, say). */
enum Cycle {
    MONTHLY, QUARTERLY;

    static Optional<Cycle> typed(String word) {
        return switch (DateInput.plain(word).replaceAll("[^a-z]", "")) {
            case "thang", "hangthang", "monthly" -> Optional.of(MONTHLY);
            case "quy", "hangquy", "quarterly" -> Optional.of(QUARTERLY);
            default -> Optional.empty();
        };
    }
}
