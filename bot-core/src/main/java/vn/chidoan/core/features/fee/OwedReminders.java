package vn.chidoan.core.features.fee;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;

/**
 * What a fee reminder does when it fires: works out, now, who owes (a member who paid in full or whose
 * "Tôi đã nộp" waits for the BCH is left out) and sends each of them, privately, what they owe and the
 * VietQR code for it, keyed by the occurrence and chat so a resumed firing sends nobody a second message.
 * It is an ordinary message, not an account update: on Messenger outside the 24-hour window the outbox
 * sends it to the member's linked Telegram or holds it until they write. Members working away are left to
 * the quarter's last month ({@link WorkingAway}). Then the book's next reminders are planned.
 */
@Component
class OwedReminders {
    private final Books books;
    private final Members members;
    private final StatusMessages messages;
    private final FeeReminders planner;
    private final Outbox outbox;
    private final Texts texts;
    private final WorkingAway away;

    OwedReminders(Books books, Members members, StatusMessages messages, FeeReminders planner, Outbox outbox,
            Texts texts, WorkingAway away) {
        this.away = away;
        this.books = books;
        this.members = members;
        this.messages = messages;
        this.planner = planner;
        this.outbox = outbox;
        this.texts = texts;
    }

    void remind(Reminder reminder, Occurrence occurrence) {
        Optional<Book> book = books.book(reminder.unit());
        if (book.isEmpty()) {
            return;
        }
        Ledger ledger = books.ledger(book.get());
        Set<PersonId> later = FeePeriod.parse(reminder.target().substring(reminder.target().indexOf(':') + 1))
                .map(period -> away.waitForQuarterEnd(book.get().branch(), period, LocalDate.now(books.clock())))
                .orElse(Set.of());
        List<Ledger.Statement> owing = ledger.statements().stream().filter(s -> s.owed() > 0)
                .filter(s -> !later.contains(s.member().person())).toList();
        Map<PersonId, List<UserRef>> accounts = members.accountsOf(owing.stream().map(s -> s.member().person()).toList());
        LocalDate deadline = occurrence.event().atZone(zone()).toLocalDate();
        for (Ledger.Statement statement : owing) {
            List<UserRef> theirs = accounts.getOrDefault(statement.member().person(), List.of());
            if (theirs.isEmpty()) {
                continue;
            }
            ChatRef chat = theirs.get(0).privateChat();
            String lang = members.person(statement.member().person()).map(Person::lang).orElse(Texts.VIETNAMESE);
            outbox.enqueue(reminder.outboxKey(occurrence, chat), chat,
                    messages.reminder(ledger, statement, deadline, Words.of(texts, lang)), Priority.BULK);
        }
        planner.plan(book.get());
    }

    private ZoneId zone() {
        return books.clock().getZone();
    }
}
