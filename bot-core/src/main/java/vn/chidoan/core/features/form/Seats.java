package vn.chidoan.core.features.form;

import java.util.ArrayList;
import java.util.List;
import vn.chidoan.core.kernel.chat.PersonId;

/**
 * Places and the waitlist of a form with a capacity, on the arrays of its document ({@link FormStore}):
 * a member takes a free place, else joins the end of the waitlist (if it has one); a free place goes to
 * the first waiting. Every step is one conditional update, so simultaneous presses need no lock and no
 * transaction: the store refuses the one that would exceed the capacity, and a repeated step changes
 * nothing.
 */
final class Seats {
    /** Where a person stands: a place (1-based, in the order places were taken), the waitlist, or nowhere. */
    record Standing(Registration.Status status, int place, int position) {
        static final Standing NONE = new Standing(Registration.Status.DRAFT, 0, 0);

        static Standing of(Form form, PersonId person) {
            if (!form.limited()) {
                return new Standing(Registration.Status.REGISTERED, 0, 0);
            }
            int place = form.places().indexOf(person);
            if (place >= 0) {
                return new Standing(Registration.Status.REGISTERED, place + 1, 0);
            }
            int position = form.waiting().indexOf(person);
            return position >= 0 ? new Standing(Registration.Status.WAITING, 0, position + 1) : NONE;
        }

        boolean placed() {
            return status != Registration.Status.DRAFT;
        }
    }

    /** A seat change and what followed: the form as it is now, and who got a place from the waitlist. */
    record Change(Form form, List<PersonId> promoted) {
    }

    private final FormStore store;

    Seats(FormStore store) {
        this.store = store;
    }

    /** A place for the person, else a spot at the end of the waitlist; doing it again changes nothing. */
    Change take(Form form, PersonId person) {
        if (!store.takePlace(form.number(), person, form.capacity()) && form.waitlist()) {
            store.joinWaitlist(form.number(), person);
        }
        return fill(form.number());
    }

    /** Gives up the person's place or spot; a place freed goes to the first waiting. */
    Change leave(Form form, PersonId person) {
        store.leave(form.number(), person);
        return fill(form.number());
    }

    /**
     * Moves the first waiting into free places while there are both (a place freed by someone who left,
     * or one that was free while the waiting joined). Each move is conditional on the waitlist's head and
     * the free place it read; a lost race reads again.
     */
    Change fill(long number) {
        List<PersonId> promoted = new ArrayList<>();
        Form now = store.find(number).orElseThrow();
        while (now.limited() && now.places().size() < now.capacity() && !now.waiting().isEmpty()) {
            PersonId head = now.waiting().get(0);
            if (store.promote(number, head, now.capacity())) {
                promoted.add(head);
            }
            now = store.find(number).orElseThrow();
        }
        return new Change(now, promoted);
    }
}
