package vn.chidoan.core.features.fee;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * The fee books' side of personal data. Erasure keeps the money: an erased member's records stay in their
 * book's totals with nobody named (and without the reasons written about them); their book entry (code,
 * categories), their requests with the photos and the changes about them go; where they recorded or decided
 * something for others, that no longer names them. Merging moves records, requests and book entries to the
 * surviving person (whose own entry stays where both had one in a branch). Idempotency keys and pending bulk
 * markings that named the person are rewritten too, so no id of theirs is left behind.
 */
@Component
class FeePersonalData implements PersonalData {
    private final Books books;
    private final BulkMarks bulks;

    FeePersonalData(Books books, BulkMarks bulks) {
        this.books = books;
        this.bulks = bulks;
    }

    @Override
    public void forget(DataSubject subject) {
        PersonId person = subject.person();
        books.members.ofPerson(person).forEach(books.members::delete);
        books.payments.anonymise(person);
        books.requests.forget(person);
        books.changes.forget(person);
        books.remittances.forget(person);
        bulks.forget(person);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        Set<UnitId> theirs = books.members.ofPerson(into).stream().map(FeeMember::branch).collect(Collectors.toSet());
        for (FeeMember entry : books.members.ofPerson(from)) {
            if (theirs.contains(entry.branch())) {
                books.members.delete(entry);
            } else {
                books.members.reassign(entry, into);
            }
        }
        books.payments.move(from, into, null);
        books.payments.moveRecorder(from, into);
        books.payments.moveSources(from, into);
        books.requests.move(from, into);
        books.changes.move(from, into);
        books.remittances.move(from, into);
        bulks.move(from, into);
    }
}
