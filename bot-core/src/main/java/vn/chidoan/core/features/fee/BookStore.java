package vn.chidoan.core.features.fee;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code fee_books}: one document per branch whose BCH opened its fee book: its number, first month, terms
 * by month, account, and the counter of its records. Terms change by compare-and-set on {@code rev}, so two
 * changes at once both land.
 */
final class BookStore {
    static final String COLLECTION = "fee_books";
    private static final int ATTEMPTS = 8;

    private final MongoTemplate mongo;

    BookStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("number", Sort.Direction.ASC).unique());
    }

    Optional<Book> find(UnitId branch) {
        return Optional.ofNullable(mongo.findById(branch.value(), Document.class, COLLECTION)).map(BookStore::book);
    }

    Map<UnitId, Book> findAll(Collection<UnitId> branches) {
        Map<UnitId, Book> books = new HashMap<>();
        mongo.find(query(where("_id").in(branches.stream().map(UnitId::value).toList())), Document.class, COLLECTION)
                .forEach(doc -> books.put(new UnitId(doc.getString("_id")), book(doc)));
        return books;
    }

    Optional<Book> byNumber(long number) {
        return Optional.ofNullable(mongo.findOne(query(where("number").is(number)), Document.class, COLLECTION))
                .map(BookStore::book);
    }

    /** Every open book's branch, for planning reminders at start. */
    List<UnitId> branches() {
        Query all = new Query();
        all.fields().include("_id");
        return mongo.find(all, Document.class, COLLECTION).stream().map(d -> new UnitId(d.getString("_id"))).toList();
    }

    /** Opens the branch's book from {@code start} with {@code terms}; opening it again returns the one there. */
    Book open(UnitId branch, YearMonth start, Terms terms, Instant now) {
        Optional<Book> existing = find(branch);
        if (existing.isPresent()) {
            return existing.get();
        }
        long number = Codec.next(mongo, "book", 1);
        Update update = new Update().setOnInsert("number", number).setOnInsert("start", start.toString())
                .setOnInsert("terms", List.of(Codec.terms(terms))).setOnInsert("rev", 0)
                .setOnInsert("openedAt", Date.from(now));
        return book(mongo.findAndModify(query(where("_id").is(branch.value())), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION));
    }

    /** Applies {@code change} to the terms in force from {@code month}: that month's version, made if new. */
    Book changeTerms(UnitId branch, YearMonth month, UnaryOperator<Terms> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document doc = mongo.findById(branch.value(), Document.class, COLLECTION);
            Book book = book(doc);
            Terms changed = change.apply(book.terms(month).from(month));
            List<Document> versions = new ArrayList<>();
            book.terms().stream().filter(t -> !t.from().equals(month)).forEach(t -> versions.add(Codec.terms(t)));
            versions.add(Codec.terms(changed));
            if (mongo.updateFirst(query(where("_id").is(branch.value()).and("rev").is(doc.getInteger("rev"))),
                    new Update().set("terms", versions).inc("rev", 1), COLLECTION).getModifiedCount() > 0) {
                return find(branch).orElseThrow();
            }
        }
        throw new IllegalStateException("fee terms of " + branch.value() + " kept changing under us");
    }

    Book saveAccount(UnitId branch, BankAccount account) {
        Document stored = new Document("bin", account.bin()).append("bank", account.bank())
                .append("number", account.number()).append("holder", account.holder());
        return book(mongo.findAndModify(query(where("_id").is(branch.value())), new Update().set("account", stored),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION));
    }

    /** The next record number of the branch's book. */
    long nextRecord(UnitId branch) {
        Document doc = mongo.findAndModify(query(where("_id").is(branch.value())), new Update().inc("records", 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return ((Number) doc.get("records")).longValue();
    }

    private static Book book(Document doc) {
        Document account = doc.get("account", Document.class);
        return new Book(new UnitId(doc.getString("_id")), ((Number) doc.get("number")).longValue(),
                YearMonth.parse(doc.getString("start")),
                doc.getList("terms", Document.class).stream().map(Codec::terms).toList(),
                account == null ? null : new BankAccount(account.getString("bin"), account.getString("bank"),
                        account.getString("number"), account.getString("holder")));
    }
}
