package vn.chidoan.core.org.member;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * The person's own record, last of all stores ({@link Ordered#LOWEST_PRECEDENCE}): memberships, link
 * codes, wrong-code counts, link records, then their accounts and the record itself, so a crash
 * part-way leaves the record to find the rest by. A merge gives {@code into} the memberships (the
 * higher role wins) and the accounts of {@code from}, then deletes {@code from}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class MemberData implements PersonalData {
    private final Members members;

    MemberData(Members members) {
        this.members = members;
    }

    @Override
    public void forget(DataSubject subject) {
        String person = subject.person().value();
        members.memberships().deleteAllOf(person);
        members.linkCodes().deleteOf(person);
        members.attempts().forget(subject.accountKeys());
        members.links().audit().forget(subject);
        members.persons().delete(person);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        members.memberships().adoptAll(from.value(), into.value());
        members.memberships().deleteAllOf(from.value());
        members.linkCodes().deleteOf(from.value());
        members.links().audit().move(from, into);
        members.persons().moveAccounts(from.value(), into.value());
        members.persons().deleteRecord(from.value());
    }
}
