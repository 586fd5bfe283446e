package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;

/**
 * A member's registration from the first answer to a withdrawal. Sending takes a place (or a spot on
 * the waitlist) and only then records where the registration stands, so a step repeated after a crash
 * reads where the person already stands and records the same. Withdrawing gives up the seat first; the
 * first waiting moves up and is told. Each change owes the posts an edit of their counts.
 */
@Component
class Signups {
    private final Forms forms;
    private final Seats seats;
    private final Promotions promotions;
    private final CountsEdits counts;
    private final Clock clock;

    Signups(Forms forms, Promotions promotions, CountsEdits counts, Clock clock) {
        this.forms = forms;
        this.seats = new Seats(forms.store());
        this.promotions = promotions;
        this.counts = counts;
        this.clock = clock;
    }

    /** The person's registration for the form, an empty draft if they had none. */
    Registration draft(Forms.Open open, PersonId person) {
        return forms.registrations().draft(open.form().number(), person, open.branch(), open.form().fields().size(),
                clock.instant());
    }

    Optional<Registration> find(Form form, PersonId person) {
        return forms.registrations().find(form.number(), person);
    }

    /** Stores the answer to a field (null: skipped) and which field comes next. */
    void answer(Forms.Open open, PersonId person, int field, String value, int next) {
        forms.registrations().answer(open.form().number(), person, field, value, next, clock.instant());
    }

    void next(Forms.Open open, PersonId person, int next) {
        forms.registrations().next(open.form().number(), person, next);
    }

    /**
     * Sends the registration: a place, else the end of the waitlist, else nothing (full, no waitlist).
     * Returns where the person stands, with the form as it is now.
     */
    Sent submit(Forms.Open open, PersonId person) {
        Form form = open.form();
        draft(open, person);
        if (!form.limited()) {
            if (forms.registrations().stand(form.number(), person, Registration.Status.REGISTERED, clock.instant())) {
                counts.owe(form);
            }
            return new Sent(form, new Seats.Standing(Registration.Status.REGISTERED, 0, 0));
        }
        Seats.Change change = seats.take(form, person);
        Seats.Standing standing = Seats.Standing.of(change.form(), person);
        if (standing.placed()) {
            forms.registrations().stand(form.number(), person, standing.status(), clock.instant());
        }
        promotions.settle(change, false);
        counts.owe(form);
        return new Sent(change.form(), standing);
    }

    /** Where a sent registration stands, on the form as it was then. */
    record Sent(Form form, Seats.Standing standing) {
    }

    /** Withdraws the person's registration; false when there was none standing (a second press). */
    boolean withdraw(Forms.Open open, PersonId person) {
        Form form = open.form();
        Optional<Registration> registration = find(form, person);
        if (registration.isEmpty() || !registration.get().standing()) {
            return false;
        }
        Seats.Change change = form.limited() ? seats.leave(form, person) : new Seats.Change(form, java.util.List.of());
        boolean withdrawn = forms.registrations().withdraw(form.number(), person, clock.instant());
        promotions.settle(change, true);
        counts.owe(form);
        return withdrawn;
    }

    Seats seats() {
        return seats;
    }
}
