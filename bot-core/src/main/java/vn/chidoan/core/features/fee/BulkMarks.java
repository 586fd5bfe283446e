package vn.chidoan.core.features.fee;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.org.member.Members;

/**
 * "Cả chi đoàn đã nộp quý 4 trừ 3, 7": the BCH records a period for everyone but the exceptions (roster
 * numbers after "trừ"). The bot first says whom and how much it will record; "Xác nhận" records it, one
 * record per member keyed by the marking and the member, so a press after a crash finishes the job and a
 * second press records nothing more. Pending markings live in {@code fee_bulks}.
 */
@Component
class BulkMarks {
    static final String COLLECTION = "fee_bulks";
    private static final Pattern EXCEPT = Pattern.compile("\\b(?:ngoai\\s+)?tru(?:\\s+ra)?\\b(.*)");

    private final MongoTemplate mongo;
    private final Books books;
    private final Fees fees;
    private final Marks marks;
    private final Members members;

    BulkMarks(MongoTemplate mongo, Books books, Fees fees, Marks marks, Members members) {
        this.mongo = mongo;
        this.books = books;
        this.fees = fees;
        this.marks = marks;
        this.members = members;
    }

    void start(CommandContext ctx, Ledger ledger, String args) {
        Optional<PeriodInput.Found> found = PeriodInput.find(args, ledger.current());
        FeePeriod period = found.map(PeriodInput.Found::period).orElse(ledger.currentPeriod());
        String rest = found.map(PeriodInput.Found::rest).orElse(DateInput.plain(args));
        Set<PersonId> except = new LinkedHashSet<>(); // "trừ 3, 3" is one exception
        Matcher m = EXCEPT.matcher(rest);
        if (m.find()) {
            for (String number : m.group(1).split("[^0-9]+")) {
                if (!number.isEmpty()) {
                    except.add(members.rosterEntry(ledger.book().branch(), Integer.parseInt(number)).person());
                }
            }
        }
        Replies replies = ctx.replies();
        Words words = Words.of(replies);
        List<Ledger.Statement> marked = toMark(ledger, period, Set.copyOf(except));
        if (marked.isEmpty()) {
            replies.say("fee.bulk.nobody", Map.of("period", words.period(period)));
            return;
        }
        String id = "b" + SelfReports.id(replies.eventKey()).substring(1);
        mongo.upsert(query(where("_id").is(id)), new Update().setOnInsert("branch", ledger.book().branch().value())
                .setOnInsert("first", period.first().toString()).setOnInsert("last", period.last().toString())
                .setOnInsert("except", except.stream().map(PersonId::value).toList()).setOnInsert("status", "OPEN"),
                COLLECTION);
        Map<String, Object> model = new HashMap<>();
        model.put("count", marked.size());
        model.put("period", words.period(period));
        model.put("amount", Words.money(marked.stream().mapToLong(s -> remaining(ledger, s, period)).sum()));
        if (!except.isEmpty()) {
            model.put("except", String.join(", ", ledger.statements().stream()
                    .filter(s -> except.contains(s.member().person()))
                    .map(s -> s.member().number() + ". " + s.member().name()).toList()));
        }
        long already = ledger.statements().size() - marked.size() - except.size();
        if (already > 0) {
            model.put("already", already);
        }
        replies.say("fee.bulk.preview", model, List.of(List.of(
                Button.action(replies.label("fee.button.confirm"), BookButtons.data(BookButtons.BULK, id)),
                Button.action(replies.label("fee.button.cancel"), BookButtons.data(BookButtons.BULK_CANCEL, id)))));
    }

    void confirm(ButtonContext ctx, String id) {
        Document doc = find(id);
        fees.requireLead(ctx.caller(), new UnitId(doc.getString("branch")));
        Replies replies = ctx.replies();
        if ("CANCELLED".equals(doc.getString("status"))) {
            replies.say("fee.bulk.cancelled");
            return;
        }
        Ledger ledger = books.ledger(fees.book(new UnitId(doc.getString("branch"))));
        FeePeriod period = new FeePeriod(YearMonth.parse(doc.getString("first")), YearMonth.parse(doc.getString("last")));
        Set<PersonId> except = Set.copyOf(doc.getList("except", String.class).stream().map(PersonId::new).toList());
        List<Payment> recorded = new ArrayList<>();
        for (Ledger.Statement statement : ledger.statements()) {
            if (!except.contains(statement.member().person())) {
                marks.mark(ledger, ctx.caller(), "bulk:" + id + ":" + statement.member().person().value(),
                        statement.member(), period, null, Payment.Kind.BULK).ifPresent(recorded::add);
            }
        }
        boolean first = mongo.updateFirst(query(where("_id").is(id).and("status").is("OPEN")),
                new Update().set("status", "DONE"), COLLECTION).getModifiedCount() > 0;
        if (!first && recorded.isEmpty()) {
            replies.say("fee.bulk.already_done");
            return;
        }
        Words words = Words.of(replies);
        replies.say("fee.bulk.done", Map.of("count", recorded.size(), "period", words.period(period),
                "amount", Words.money(recorded.stream().mapToLong(Payment::total).sum()),
                "first", recorded.isEmpty() ? 0 : recorded.get(0).number(),
                "last", recorded.isEmpty() ? 0 : recorded.get(recorded.size() - 1).number()));
    }

    void cancel(ButtonContext ctx, String id) {
        Document doc = find(id);
        fees.requireLead(ctx.caller(), new UnitId(doc.getString("branch")));
        boolean cancelled = mongo.updateFirst(query(where("_id").is(id).and("status").is("OPEN")),
                new Update().set("status", "CANCELLED"), COLLECTION).getModifiedCount() > 0;
        ctx.replies().say(cancelled || "CANCELLED".equals(doc.getString("status")) ? "fee.bulk.cancelled"
                : "fee.bulk.already_done");
    }

    /** A pending marking's exceptions no longer name the person (erased: their book entry is gone anyway). */
    void forget(PersonId person) {
        mongo.updateMulti(query(where("except").is(person.value())), new Update().pull("except", person.value()),
                COLLECTION);
    }

    /** A pending marking's exceptions name the surviving person instead. */
    void move(PersonId from, PersonId into) {
        Query theirs = query(where("except").is(from.value()));
        mongo.updateMulti(theirs, new Update().addToSet("except", into.value()), COLLECTION);
        mongo.updateMulti(theirs, new Update().pull("except", from.value()), COLLECTION);
    }

    private Document find(String id) {
        Document doc = mongo.findById(id, Document.class, COLLECTION);
        if (doc == null) {
            throw new BadInput("fee.request.gone");
        }
        return doc;
    }

    private static List<Ledger.Statement> toMark(Ledger ledger, FeePeriod period, Set<PersonId> except) {
        return ledger.statements().stream().filter(s -> !except.contains(s.member().person()))
                .filter(s -> remaining(ledger, s, period) > 0).toList();
    }

    private static long remaining(Ledger ledger, Ledger.Statement statement, FeePeriod period) {
        return ledger.months(statement.member(), period).stream().mapToLong(Ledger.Month::remaining).sum();
    }
}
