package vn.chidoan.core.org.reminder;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Triggers kept in a map, so core tests see what would be armed without Quartz. */
class RecordingTriggers implements ReminderTriggers {
    private final Map<ReminderId, Due> armed = new ConcurrentHashMap<>();

    @Override
    public void arm(ReminderId id, Due due) {
        armed.put(id, due);
    }

    @Override
    public void disarm(ReminderId id) {
        armed.remove(id);
    }

    Optional<Due> armed(ReminderId id) {
        return Optional.ofNullable(armed.get(id));
    }

    Map<ReminderId, Due> all() {
        return Map.copyOf(armed);
    }
}
