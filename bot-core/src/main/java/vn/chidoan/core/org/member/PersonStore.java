package vn.chidoan.core.org.member;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@code persons} and {@code accounts}: an account ({@code telegram:<id>}) is its own document keyed
 * by the account, so one account always belongs to one person. Every person carries a unique
 * {@code origin} (the account that registered them, or the event that added them), which makes
 * creating them idempotent.
 */
public final class PersonStore {
    static final String PERSONS = "persons";
    static final String ACCOUNTS = "accounts";

    record PersonDoc(@Id String id, String name, String lang, Instant consentAt, String origin, Instant createdAt) {
    }

    public record AccountDoc(@Id String id, String person, Instant linkedAt) {
    }

    private final MongoTemplate mongo;

    PersonStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(PERSONS).createIndex(new Index("origin", Sort.Direction.ASC).unique());
        mongo.indexOps(ACCOUNTS).createIndex(new Index("person", Sort.Direction.ASC));
    }

    static String newId() {
        return "p" + new ObjectId().toHexString();
    }

    public Optional<PersonDoc> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, PersonDoc.class, PERSONS));
    }

    /**
     * On every inbound message (who is speaking), mostly for accounts of no one: the account is read
     * straight from the driver's collection, without the template's mapping.
     */
    Optional<PersonDoc> byAccount(String account) {
        Document found = mongo.getCollection(ACCOUNTS).find(new Document("_id", account))
                .projection(new Document("person", 1)).first();
        return found == null ? Optional.empty() : byId(found.getString("person"));
    }

    /** The person behind an account, created if new; records consent now. */
    PersonDoc register(String account, String name, String lang, Instant now) {
        AccountDoc owner = upsertAccount(account, now);
        Update update = new Update().setOnInsert("name", name).setOnInsert("lang", lang)
                .setOnInsert("origin", "account:" + account).setOnInsert("createdAt", now).set("consentAt", now);
        return mongo.findAndModify(query(where("_id").is(owner.person())), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), PersonDoc.class, PERSONS);
    }

    /** A person the BCH added by name; adding again from the same origin returns the first one. */
    PersonDoc createWithoutAccount(String name, String lang, String origin, Instant now) {
        try {
            return mongo.insert(new PersonDoc(newId(), name, lang, null, origin, now), PERSONS);
        } catch (DuplicateKeyException replay) {
            return mongo.findOne(query(where("origin").is(origin)), PersonDoc.class, PERSONS);
        }
    }

    void rename(String id, String name) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("name", name), PERSONS);
    }

    List<PersonDoc> byIds(Collection<String> ids) {
        return mongo.find(query(where("_id").in(ids)), PersonDoc.class, PERSONS);
    }

    /** Which of these persons have at least one platform account. */
    Set<String> withAccounts(Collection<String> ids) {
        return mongo.find(query(where("person").in(ids)), AccountDoc.class, ACCOUNTS).stream()
                .map(AccountDoc::person).collect(Collectors.toSet());
    }

    void delete(String id) {
        mongo.remove(query(where("person").is(id)), ACCOUNTS);
        mongo.remove(query(where("_id").is(id)), PERSONS);
    }

    public Optional<String> ownerOf(String account) {
        return Optional.ofNullable(mongo.findById(account, AccountDoc.class, ACCOUNTS)).map(AccountDoc::person);
    }

    /** The accounts of these persons, oldest link first. */
    public List<AccountDoc> accountsOf(Collection<String> persons) {
        return mongo.find(query(where("person").in(persons)).with(Sort.by("linkedAt", "_id")), AccountDoc.class,
                ACCOUNTS);
    }

    /** Gives an account with no owner yet to the person; returns whoever owns it now. */
    public String attach(String account, String person, Instant now) {
        Update update = new Update().setOnInsert("person", person).setOnInsert("linkedAt", now);
        FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(query(where("_id").is(account)), update, upsert, AccountDoc.class, ACCOUNTS)
                    .person();
        } catch (DuplicateKeyException concurrentLink) {
            return ownerOf(account).orElseThrow();
        }
    }

    /** Every account of {@code from} now belongs to {@code to}. */
    public void moveAccounts(String from, String to) {
        mongo.updateMulti(query(where("person").is(from)), new Update().set("person", to), ACCOUNTS);
    }

    /** The name the person gave, if they have a record and gave one. */
    public Optional<String> nameOf(String id) {
        return byId(id).map(PersonDoc::name);
    }

    /**
     * Gives back a record a merge deleted, for an account taken back out of the merge: same id, with the
     * name, language and consent of the record {@code like} it had joined (they were the same person's
     * by name). Doing it again changes nothing.
     */
    public void restore(String id, String like, String origin, Instant now) {
        PersonDoc model = byId(like).orElse(null);
        try {
            mongo.insert(new PersonDoc(id, model == null ? null : model.name(), model == null ? null : model.lang(),
                    model == null ? now : model.consentAt(), origin, now), PERSONS);
        } catch (DuplicateKeyException restoredBefore) {
            // the same undo, done again
        }
    }

    /**
     * Takes the account from {@code person}: it belongs to {@code to} from now on, or to no one when
     * {@code to} is null. False when it was not {@code person}'s (any more).
     */
    public boolean detach(String account, String person, String to) {
        if (to == null) {
            return mongo.remove(query(where("_id").is(account).and("person").is(person)), ACCOUNTS)
                    .getDeletedCount() > 0;
        }
        return mongo.updateFirst(query(where("_id").is(account).and("person").is(person)),
                new Update().set("person", to), ACCOUNTS).getModifiedCount() > 0;
    }

    /** Deletes the person's record alone (their accounts have moved to someone else). */
    public void deleteRecord(String id) {
        mongo.remove(query(where("_id").is(id)), PERSONS);
    }

    private AccountDoc upsertAccount(String account, Instant now) {
        Update update = new Update().setOnInsert("person", newId()).setOnInsert("linkedAt", now);
        FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(query(where("_id").is(account)), update, upsert, AccountDoc.class, ACCOUNTS);
        } catch (DuplicateKeyException concurrentFirstContact) {
            return mongo.findById(account, AccountDoc.class, ACCOUNTS);
        }
    }
}
