package vn.chidoan.core.features.fee;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code fee_members}: one document per member of a branch's book ({@code <branch>|<person>}), made the
 * first time the book reads them, with a code unique everywhere ({@code DV42}) and the categories the BCH
 * placed them in. A placement replaces the one of the same month, by compare-and-set on {@code rev}.
 */
final class FeeMemberStore {
    static final String COLLECTION = "fee_members";

    private final MongoTemplate mongo;

    FeeMemberStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("code", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
    }

    static String id(UnitId branch, PersonId person) {
        return branch.value() + "|" + person.value();
    }

    /** The book's members among {@code people}, made (with new codes) for those it does not have yet. */
    Map<PersonId, FeeMember> ensure(UnitId branch, List<PersonId> people) {
        Map<PersonId, FeeMember> found = new LinkedHashMap<>();
        of(List.of(branch)).forEach(m -> found.put(m.person(), m));
        List<PersonId> missing = people.stream().filter(p -> !found.containsKey(p)).distinct().toList();
        if (!missing.isEmpty()) {
            long code = Codec.next(mongo, "member", missing.size());
            for (PersonId person : missing) {
                found.put(person, insert(branch, person, code++));
            }
        }
        return found;
    }

    /** The members of these branches' books, in one read. */
    List<FeeMember> of(Collection<UnitId> branches) {
        return mongo.find(query(where("branch").in(branches.stream().map(UnitId::value).toList())), Document.class,
                COLLECTION).stream().map(FeeMemberStore::member).toList();
    }

    Optional<FeeMember> byCode(long code) {
        return Optional.ofNullable(mongo.findOne(query(where("code").is(code)), Document.class, COLLECTION))
                .map(FeeMemberStore::member);
    }

    List<FeeMember> ofPerson(PersonId person) {
        return mongo.find(query(where("person").is(person.value())), Document.class, COLLECTION).stream()
                .map(FeeMemberStore::member).toList();
    }

    /** Places the member in {@code category} from {@code month} on; false when they were in it already. */
    boolean place(FeeMember member, YearMonth month, Category category) {
        for (int attempt = 0; attempt < 8; attempt++) {
            Document doc = mongo.findById(id(member.branch(), member.person()), Document.class, COLLECTION);
            List<Document> before = doc.getList("placements", Document.class, List.of());
            List<Document> after = new ArrayList<>(before.stream().filter(d -> !d.getString("from")
                    .equals(month.toString())).toList());
            after.add(new Document("from", month.toString()).append("category", category.name()));
            if (before.equals(after)) {
                return false;
            }
            int rev = doc.getInteger("rev", 0);
            if (mongo.updateFirst(query(where("_id").is(doc.getString("_id")).and("rev").is(rev)),
                    new Update().set("placements", after).set("rev", rev + 1), COLLECTION).getModifiedCount() > 0) {
                return true;
            }
        }
        throw new IllegalStateException("placements of " + member.code() + " kept changing under us");
    }

    void delete(FeeMember member) {
        mongo.remove(query(where("_id").is(id(member.branch(), member.person()))), COLLECTION);
    }

    /** Gives the record of {@code from} in the branch to {@code into}, keeping its code and placements. */
    void reassign(FeeMember from, PersonId into) {
        Document doc = mongo.findById(id(from.branch(), from.person()), Document.class, COLLECTION);
        if (doc == null) {
            return;
        }
        doc.put("_id", id(from.branch(), into));
        doc.put("person", into.value());
        mongo.remove(query(where("_id").is(id(from.branch(), from.person()))), COLLECTION);
        try {
            mongo.insert(doc, COLLECTION);
        } catch (DuplicateKeyException alreadyMoved) {
            // a second merge of the same two records: the first one moved it
        }
    }

    private FeeMember insert(UnitId branch, PersonId person, long code) {
        Document doc = new Document("_id", id(branch, person)).append("branch", branch.value())
                .append("person", person.value()).append("code", code).append("placements", List.of()).append("rev", 0);
        try {
            mongo.insert(doc, COLLECTION);
            return member(doc);
        } catch (DuplicateKeyException madeElsewhere) {
            return member(mongo.findById(id(branch, person), Document.class, COLLECTION));
        }
    }

    private static FeeMember member(Document doc) {
        List<FeeMember.Placement> placements = doc.getList("placements", Document.class, List.of()).stream()
                .map(d -> new FeeMember.Placement(YearMonth.parse(d.getString("from")),
                        Category.valueOf(d.getString("category")))).toList();
        return new FeeMember(new UnitId(doc.getString("branch")), new PersonId(doc.getString("person")),
                ((Number) doc.get("code")).longValue(), placements);
    }
}
