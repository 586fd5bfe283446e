package vn.chidoan.core.features.form;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * What registrations keep about a person: their registrations (answers, status), their place or spot on
 * a waitlist, the form they were building, and the forms they posted. An erasure frees their places (the
 * first waiting moves up and is told), deletes their registrations and draft, and leaves their forms to
 * the branches they reached, by no one. A merge gives everything to the surviving record; where both
 * registered for one form, the surviving record's registration stays and the other's place is freed.
 */
@Component
class FormData implements PersonalData {
    private final Forms forms;
    private final Signups signups;
    private final Promotions promotions;
    private final CountsEdits counts;
    private final DraftStore drafts;

    FormData(Forms forms, Signups signups, Promotions promotions, CountsEdits counts, DraftStore drafts) {
        this.forms = forms;
        this.signups = signups;
        this.promotions = promotions;
        this.counts = counts;
        this.drafts = drafts;
    }

    @Override
    public void forget(DataSubject subject) {
        PersonId person = subject.person();
        free(person);
        forms.registrations().deleteAll(person);
        drafts.delete(person);
        forms.store().forgetCreator(person);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        for (Registration theirs : forms.registrations().ofPerson(from)) {
            Optional<Registration> kept = forms.registrations().find(theirs.form(), into);
            if (kept.isPresent()) {
                forms.find(theirs.form()).filter(Form::limited).ifPresent(form -> leave(form, from));
            } else {
                forms.registrations().put(new Registration(theirs.form(), into, theirs.branch(), theirs.status(),
                        theirs.answers(), theirs.next(), theirs.round(), theirs.createdAt(), theirs.submittedAt()));
                forms.store().replace(theirs.form(), from, into);
            }
            forms.registrations().delete(theirs.form(), from);
        }
        drafts.of(from).ifPresent(draft -> {
            drafts.delete(from);
            if (drafts.of(into).isEmpty()) {
                drafts.save(new FormDraft(into.value(), draft.link(), into, draft.unit(), draft.stage(), draft.title(),
                        draft.description(), draft.deadline(), draft.capacity(), draft.waitlist(), draft.audience(),
                        draft.fields(), draft.pending()), forms.clock().instant());
            }
        });
        forms.store().moveCreator(from, into);
    }

    private void free(PersonId person) {
        List<Form> holding = forms.store().holding(person);
        holding.forEach(form -> leave(form, person));
    }

    private void leave(Form form, PersonId person) {
        promotions.settle(signups.seats().leave(form, person), true);
        counts.owe(form);
    }
}
