package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.unit.BranchLeads;

/**
 * Public API of fees: a branch's book and its settings. Every change re-checks, when it is made, that the
 * caller leads the branch; is recorded with who and when ({@link ChangeLog}); applies from the month it is
 * made in, never to months before; and plans the book's reminders again.
 */
@Service
public class Fees {
    private final Books books;
    private final BranchLeads leads;
    private final FeeReminders reminders;

    Fees(Books books, BranchLeads leads, FeeReminders reminders) {
        this.books = books;
        this.leads = leads;
        this.reminders = reminders;
    }

    /** Whether the branch's BCH opened its fee book. */
    public boolean open(UnitId branch) {
        return books.book(branch).isPresent();
    }

    YearMonth currentMonth() {
        return books.currentMonth();
    }

    /** The branch's book, or {@link BadInput} {@code fee.not_open} saying how to open it. */
    Book book(UnitId branch) {
        return books.book(branch).orElseThrow(() -> new BadInput("fee.not_open"));
    }

    /** Opens the branch's book with the usual terms from this month; opening it again changes nothing. */
    Book open(UnitId branch, Caller caller, String key) {
        requireLead(caller, branch);
        YearMonth month = books.currentMonth();
        boolean was = books.book(branch).isPresent();
        Book book = books.books.open(branch, month, Terms.defaults(month), books.clock().instant());
        if (!was) {
            log(key, branch, caller, "opened", null, month.toString(), null);
            reminders.plan(book);
        }
        return book;
    }

    /**
     * Changes the terms from this month on (opening the book with the usual terms first if need be);
     * {@code value} shows the setting changed, before and after, for the log.
     */
    Changed changeTerms(UnitId branch, Caller caller, String key, String field, UnaryOperator<Terms> change,
            Function<Terms, String> value) {
        Book before = open(branch, caller, key + ":open");
        YearMonth month = books.currentMonth();
        Book after = books.books.changeTerms(branch, month, change);
        String was = value.apply(before.terms(month));
        String now = value.apply(after.terms(month));
        if (!was.equals(now)) {
            log(key, branch, caller, field, was, now, null);
            reminders.plan(after);
        }
        return new Changed(after, was.equals(now) ? null : was, now);
    }

    /** A setting changed: the book after, the value before (null when it did not change) and after. */
    record Changed(Book book, String before, String after) {
    }

    Book setAccount(UnitId branch, Caller caller, String key, BankAccount account) {
        Book before = open(branch, caller, key + ":open");
        Book after = books.books.saveAccount(branch, account);
        log(key, branch, caller, "account", before.account() == null ? null : text(before.account()), text(account),
                null);
        return after;
    }

    /** Places members in a category from this month on; returns how many changed. */
    int place(Book book, Caller caller, String key, List<PersonId> people, Category category) {
        requireLead(caller, book.branch());
        YearMonth month = books.currentMonth();
        Map<PersonId, FeeMember> fee = books.members.ensure(book.branch(), people);
        int changed = 0;
        for (PersonId person : people) {
            FeeMember member = fee.get(person);
            Category was = member.category(month, book.terms(month));
            if (books.members.place(member, month, category) && was != category) {
                log(key + ":" + person.value(), book.branch(), caller, "category", was.name(), category.name(), person);
                changed++;
            }
        }
        return changed;
    }

    /** {@link BadInput} {@code fee.not_lead} unless the caller leads the branch now. */
    void requireLead(Caller caller, UnitId branch) {
        if (!leads.leads(caller, branch)) {
            throw new BadInput("fee.not_lead");
        }
    }

    private void log(String key, UnitId branch, Caller caller, String field, String before, String after,
            PersonId member) {
        books.changes.record(key + ":" + field, branch, new ChangeLog.Change(field, before, after, member,
                caller.person(), books.clock().instant()));
    }

    private static String text(BankAccount account) {
        return account.bank() + " " + account.number() + " " + account.holder();
    }
}
