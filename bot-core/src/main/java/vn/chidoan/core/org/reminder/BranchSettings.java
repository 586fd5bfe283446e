package vn.chidoan.core.org.reminder;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A branch's effective reminder settings: offsets per kind and quiet hours, its own where the BCH
 * changed them, the configured defaults elsewhere.
 */
public record BranchSettings(Map<String, List<Duration>> offsets, QuietHours quietHours) {
    public BranchSettings {
        offsets = Map.copyOf(offsets);
    }

    /** The offsets for a kind; a kind nobody configured reminds at the event time. */
    public List<Duration> offsetsFor(String kind) {
        return offsets.getOrDefault(kind, List.of(Duration.ZERO));
    }
}
