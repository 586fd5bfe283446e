package vn.chidoan.core.org.member;

import java.time.Clock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;
import vn.chidoan.core.org.member.link.LinkAudit;
import vn.chidoan.core.org.member.link.LinkCodeStore;
import vn.chidoan.core.org.member.roster.MembershipStore;

/**
 * The person's own record, last of all stores ({@link Ordered#LOWEST_PRECEDENCE}): memberships, link
 * codes, wrong-code counts, link records, then their accounts and the record itself, so a crash
 * part-way leaves the record to find the rest by. A merge gives {@code into} the memberships (the
 * higher role wins) and the accounts of {@code from}, then deletes {@code from}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class MemberData implements PersonalData {
    private final PersonStore persons;
    private final MembershipStore memberships;
    private final LinkCodeStore linkCodes;
    private final LinkAudit audit;
    private final CodeAttempts attempts;

    MemberData(MongoTemplate mongo, Clock clock) {
        this.persons = new PersonStore(mongo);
        this.memberships = new MembershipStore(mongo);
        this.linkCodes = new LinkCodeStore(mongo);
        this.audit = new LinkAudit(mongo);
        this.attempts = new CodeAttempts(mongo, clock);
    }

    @Override
    public void forget(DataSubject subject) {
        String person = subject.person().value();
        memberships.deleteAllOf(person);
        linkCodes.deleteOf(person);
        attempts.forget(subject.accountKeys());
        audit.forget(subject);
        persons.delete(person);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        memberships.adoptAll(from.value(), into.value());
        memberships.deleteAllOf(from.value());
        linkCodes.deleteOf(from.value());
        audit.move(from, into);
        persons.moveAccounts(from.value(), into.value());
        persons.deleteRecord(from.value());
    }
}
