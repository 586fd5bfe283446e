package vn.chidoan.core.features.fee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * What a member reads about their fees: their status period by period (paid and who recorded it, waiting
 * for the BCH, partly paid, owed, late), the VietQR code for exactly what they owe with "Tôi đã nộp", and
 * the reminder that carries both.
 */
@Component
class StatusMessages {
    static final int SHOWN_PERIODS = 12;

    private final Members members;
    private final Organisation org;
    private final Clock clock;

    StatusMessages(Members members, Organisation org, Clock clock) {
        this.members = members;
        this.org = org;
        this.clock = clock;
    }

    String branchName(UnitId branch) {
        return org.unit(branch).map(Unit::name).orElse(branch.value());
    }

    String name(PersonId person) {
        return person == null ? "" : members.person(person).map(Person::name).filter(n -> n != null).orElse("");
    }

    /** The member's periods, the latest {@link #SHOWN_PERIODS}, and what they owe now. */
    RichText status(Ledger ledger, Ledger.Statement statement, Words words) {
        Map<String, Object> model = owedModel(statement, words);
        Terms terms = ledger.book().terms(ledger.current());
        model.put("branch", branchName(ledger.book().branch()));
        model.put("code", statement.member().fee().codeText());
        model.put("category", words.category(statement.category()));
        model.put("amount", Words.money(terms.amount(statement.category())));
        List<List<Ledger.Month>> periods = statement.periods();
        int from = Math.max(0, periods.size() - SHOWN_PERIODS);
        if (from > 0) {
            model.put("older", from);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (List<Ledger.Month> months : periods.subList(from, periods.size())) {
            lines.add(line(ledger, statement, months, words));
        }
        model.put("lines", lines);
        model.put("none", lines.isEmpty());
        return words.render("fee.status.text", model);
    }

    /** How to pay what the member owes: the VietQR code where the book has an account, with "Tôi đã nộp". */
    OutgoingMessage payment(Ledger ledger, Ledger.Statement statement, Words words) {
        Map<String, Object> model = owedModel(statement, words);
        Optional<Attachment> code = PaymentCodes.image(ledger.book(), statement);
        code.ifPresent(image -> model.put("account", account(ledger.book(), statement)));
        OutgoingMessage message = OutgoingMessage.text(words.render("fee.status.pay", model))
                .withButtons(reportButton(statement, words));
        return code.map(message::withAttachment).orElse(message);
    }

    /** A reminder of the deadline on {@code deadline}, with what the member owes and the code to pay it. */
    OutgoingMessage reminder(Ledger ledger, Ledger.Statement statement, LocalDate deadline, Words words) {
        Map<String, Object> model = owedModel(statement, words);
        model.put("branch", branchName(ledger.book().branch()));
        model.put("deadline", Words.date(deadline));
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), deadline);
        if (days <= 0) {
            model.put("today", true);
        } else {
            model.put("days", days);
        }
        Optional<Attachment> code = PaymentCodes.image(ledger.book(), statement);
        code.ifPresent(image -> model.put("account", account(ledger.book(), statement)));
        OutgoingMessage message = OutgoingMessage.text(words.render("fee.reminder.owed", model))
                .withButtons(reportButton(statement, words));
        return code.map(message::withAttachment).orElse(message);
    }

    static List<List<Button>> reportButton(Ledger.Statement statement, Words words) {
        return List.of(List.of(Button.action(words.label("fee.button.paid"),
                FeeButtons.data(FeeButtons.REPORT, statement.member().fee().code()))));
    }

    /** {@code owed}, {@code periods} (what is owed now) and {@code waiting}, for the templates that say them. */
    static Map<String, Object> owedModel(Ledger.Statement statement, Words words) {
        Map<String, Object> model = new HashMap<>();
        if (statement.owed() > 0) {
            model.put("owed", Words.money(statement.owed()));
            model.put("periods", words.periodsOf(statement.owing()));
        }
        model.put("waiting", statement.waiting());
        return model;
    }

    private static Map<String, Object> account(Book book, Ledger.Statement statement) {
        return Map.of("bank", book.account().bank(), "number", book.account().number(), "holder",
                book.account().holder(), "memo", PaymentCodes.memo(statement));
    }

    private Map<String, Object> line(Ledger ledger, Ledger.Statement statement, List<Ledger.Month> months,
            Words words) {
        FeePeriod period = months.get(0).period();
        long due = months.stream().mapToLong(Ledger.Month::due).sum();
        long paid = months.stream().mapToLong(Ledger.Month::paid).sum();
        LocalDate deadline = months.stream().map(Ledger.Month::deadline).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, Object> line = new HashMap<>();
        line.put("period", words.period(period));
        line.put("due", Words.money(due));
        line.put("paid", Words.money(paid));
        line.put("remaining", Words.money(Math.max(0, due - paid)));
        line.put("deadline", Words.date(deadline));
        if (paid >= due) {
            line.put("isDone", true);
            List<Payment> standing = ledger.standing(statement.member().person(), period);
            List<String> by = standing.stream().map(p -> name(p.by())).filter(n -> !n.isEmpty()).distinct().toList();
            if (!by.isEmpty()) {
                line.put("by", String.join(", ", by));
                Instant last = standing.stream().map(Payment::at).max(Comparator.naturalOrder()).orElseThrow();
                line.put("on", Words.date(last, clock.getZone()));
            }
        } else if (months.stream().anyMatch(Ledger.Month::pending)) {
            line.put("isPending", true);
        } else if (paid > 0) {
            line.put("isPartial", true);
        } else if (LocalDate.now(clock).isAfter(deadline)) {
            line.put("isLate", true);
        } else {
            line.put("isOwed", true);
        }
        return line;
    }
}
