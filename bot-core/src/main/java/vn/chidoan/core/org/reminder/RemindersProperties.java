package vn.chidoan.core.org.reminder;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminder defaults ({@code chidoan.reminders.*}); a branch changes its own with {@code /nhacnho}.
 *
 * @param quietHours    local hours with no delivery, {@code 21:30-07:00}; {@code tat} for none
 * @param kinds         per reminder kind: the word typed after {@code /nhacnho} and the default
 *                      offsets before each event; configured kinds are merged over the built-in ones
 * @param claimLease    how long a firing may take before another instance resumes it
 * @param sweepInterval how often an instance re-arms reminders changed elsewhere and resumes
 *                      interrupted firings
 * @param retention     how long records of finished occurrences are kept
 */
@ConfigurationProperties("chidoan.reminders")
public record RemindersProperties(String quietHours, Map<String, Kind> kinds, Duration claimLease,
        Duration sweepInterval, Duration retention) {

    /** A reminder kind as a branch sees it: its word in {@code /nhacnho} and its default offsets. */
    public record Kind(String word, List<Duration> offsets) {
    }

    static final Map<String, Kind> BUILT_IN = builtIn();

    public RemindersProperties {
        quietHours = quietHours == null ? "21:30-07:00" : quietHours;
        kinds = merged(kinds == null ? Map.of() : kinds);
        claimLease = claimLease == null ? Duration.ofMinutes(2) : claimLease;
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(1) : sweepInterval;
        retention = retention == null ? Duration.ofDays(60) : retention;
    }

    public static RemindersProperties defaults() {
        return new RemindersProperties(null, null, null, null, null);
    }

    public QuietHours defaultQuietHours() {
        return ReminderNotation.quietHours(quietHours)
                .orElseThrow(() -> new IllegalArgumentException("chidoan.reminders.quiet-hours: " + quietHours));
    }

    public Optional<String> kindOfWord(String word) {
        return kinds.entrySet().stream().filter(e -> e.getValue().word().equals(word)).map(Map.Entry::getKey)
                .findFirst();
    }

    private static Map<String, Kind> merged(Map<String, Kind> configured) {
        Map<String, Kind> all = new LinkedHashMap<>(BUILT_IN);
        configured.forEach((key, kind) -> {
            Kind base = all.getOrDefault(key, new Kind(key, List.of(Duration.ZERO)));
            all.put(key, new Kind(kind.word() == null ? base.word() : kind.word(),
                    kind.offsets() == null ? base.offsets() : List.copyOf(kind.offsets())));
        });
        return java.util.Collections.unmodifiableMap(all);
    }

    private static Map<String, Kind> builtIn() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("meeting", new Kind("hop", List.of(Duration.ofDays(1), Duration.ofHours(2))));
        kinds.put("fee", new Kind("doanphi", List.of(Duration.ofDays(3), Duration.ofDays(1))));
        kinds.put("comment", new Kind("gopy", List.of(Duration.ofDays(1), Duration.ofHours(2))));
        kinds.put("registration", new Kind("dangky", List.of(Duration.ofDays(1))));
        kinds.put("notice", new Kind("thongbao", List.of(Duration.ofDays(1))));
        kinds.put("evaluation", new Kind("danhgia", List.of(Duration.ofDays(3), Duration.ZERO)));
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
