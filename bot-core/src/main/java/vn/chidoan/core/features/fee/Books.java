package vn.chidoan.core.features.fee;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * Reads fee books: one branch's {@link Ledger} with its roster's names and numbers (its members get their
 * codes the first time), or many branches' ledgers for a report over a subtree in a fixed number of reads
 * however many branches there are (books, memberships, book members, the span's records).
 */
@Component
class Books {
    final BookStore books;
    final FeeMemberStore members;
    final PaymentStore payments;
    final RequestStore requests;
    final ChangeLog changes;
    final RemittanceStore remittances;
    private final Members roster;
    private final Clock clock;

    Books(MongoTemplate mongo, Members roster, Clock clock) {
        this.books = new BookStore(mongo);
        this.members = new FeeMemberStore(mongo);
        this.payments = new PaymentStore(mongo);
        this.requests = new RequestStore(mongo);
        this.changes = new ChangeLog(mongo);
        this.remittances = new RemittanceStore(mongo);
        this.roster = roster;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Optional<Book> book(UnitId branch) {
        return books.find(branch);
    }

    /** The branch's ledger now, each member with their name and roster number. */
    Ledger ledger(Book book) {
        List<RosterEntry> entries = roster.roster(book.branch());
        Map<PersonId, YearMonth> joined = joined(roster.activeMemberships(List.of(book.branch())))
                .getOrDefault(book.branch(), Map.of());
        Map<PersonId, FeeMember> fee = members.ensure(book.branch(), entries.stream().map(RosterEntry::person).toList());
        List<Ledger.Member> people = entries.stream().map(e -> new Ledger.Member(e.person(), e.name(), e.number(),
                joined.get(e.person()), fee.get(e.person()))).toList();
        return Ledger.of(book, currentMonth(), people, payments.ofBranch(book.branch()),
                requests.pending(List.of(book.branch())));
    }

    /**
     * The ledgers of these branches' open books, without names, for figures over {@code span}, from their
     * active {@code memberships} (read once by the caller): only the records with money for its months are
     * read. A member the book never listed counts in the default category.
     */
    Map<UnitId, Ledger> ledgers(Map<UnitId, List<Membership>> memberships, Collection<UnitId> branches,
            FeePeriod span) {
        Map<UnitId, Book> open = books.findAll(branches);
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<UnitId, Map<PersonId, YearMonth>> joined = joined(memberships);
        Map<String, FeeMember> fee = members.of(open.keySet()).stream()
                .collect(Collectors.toMap(m -> FeeMemberStore.id(m.branch(), m.person()), Function.identity()));
        Map<UnitId, List<Payment>> records = payments.of(open.keySet(), span.months().stream().map(YearMonth::toString)
                .toList()).stream().collect(Collectors.groupingBy(Payment::branch));
        Map<UnitId, Ledger> ledgers = new HashMap<>();
        open.forEach((branch, book) -> {
            List<Ledger.Member> people = joined.getOrDefault(branch, Map.of()).entrySet().stream()
                    .map(e -> new Ledger.Member(e.getKey(), null, 0, e.getValue(),
                            fee.getOrDefault(FeeMemberStore.id(branch, e.getKey()),
                                    new FeeMember(branch, e.getKey(), 0, List.of())))).toList();
            ledgers.put(branch, Ledger.of(book, currentMonth(), people, records.getOrDefault(branch, List.of()),
                    List.of()));
        });
        return ledgers;
    }

    /** The active memberships of these branches, in one read. */
    Map<UnitId, List<Membership>> memberships(Collection<UnitId> branches) {
        return roster.activeMemberships(branches);
    }

    private Map<UnitId, Map<PersonId, YearMonth>> joined(Map<UnitId, List<Membership>> all) {
        Map<UnitId, Map<PersonId, YearMonth>> joined = new HashMap<>();
        all.forEach((branch, memberships) -> {
            Map<PersonId, YearMonth> months = new LinkedHashMap<>();
            for (Membership m : memberships) {
                months.put(m.person(), m.joinedAt() == null ? null : YearMonth.from(m.joinedAt().atZone(clock.getZone())));
            }
            joined.put(branch, months);
        });
        return joined;
    }
}
