package vn.chidoan.core.org.reminder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The {@link ReminderKind}s the features provide, by key. */
@Component
class ReminderKinds {
    private final Map<String, ReminderKind> byKey;

    ReminderKinds(List<ReminderKind> kinds) {
        this.byKey = kinds.stream().collect(Collectors.toUnmodifiableMap(ReminderKind::kind, Function.identity()));
    }

    Optional<ReminderKind> find(String kind) {
        return Optional.ofNullable(byKey.get(kind));
    }
}
