package vn.chidoan.scheduler;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.reminder.ReminderArming;
import vn.chidoan.core.org.reminder.ReminderEvents.ReminderCancelled;
import vn.chidoan.core.org.reminder.ReminderEvents.ReminderScheduled;

/** Keeps this instance's triggers in step when a reminder is saved or deleted here. */
@Component
class ReminderChanges {
    private final ReminderArming arming;

    ReminderChanges(ReminderArming arming) {
        this.arming = arming;
    }

    @EventListener
    void on(ReminderScheduled scheduled) {
        arming.rearm(scheduled.id());
    }

    @EventListener
    void on(ReminderCancelled cancelled) {
        arming.cancel(cancelled.id());
    }
}
