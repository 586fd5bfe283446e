package vn.chidoan.core.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.chidoan.core.org.reminder.Due;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.ReminderTriggers;

/** Triggers kept in a map, so core tests see what would be armed without Quartz. */
public final class RecordingTriggers implements ReminderTriggers {
    private final Map<ReminderId, Due> armed = new ConcurrentHashMap<>();

    @Override
    public void arm(ReminderId id, Due due) {
        armed.put(id, due);
    }

    @Override
    public void disarm(ReminderId id) {
        armed.remove(id);
    }

    public Optional<Due> armed(ReminderId id) {
        return Optional.ofNullable(armed.get(id));
    }

    public Map<ReminderId, Due> all() {
        return Map.copyOf(armed);
    }

    void clear() {
        armed.clear();
    }
}
