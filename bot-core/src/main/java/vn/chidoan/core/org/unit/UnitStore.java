package vn.chidoan.core.org.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.text.CleanText;

/**
 * {@code units}: each unit keeps the ids of all its ancestors, so "everything below X" is one indexed
 * query. A unique {@code origin} (the event that created it) makes creation idempotent.
 */
final class UnitStore {
    static final String COLLECTION = "units";

    record UnitDoc(@Id String id, String name, UnitKind kind, String parent, List<String> ancestors, String origin,
            Instant createdAt) {

        Unit toUnit() {
            return new Unit(new UnitId(id), name, kind, parent == null ? null : new UnitId(parent),
                    ancestors.stream().map(UnitId::new).toList());
        }
    }

    private final MongoTemplate mongo;

    UnitStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("origin", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("ancestors", Sort.Direction.ASC).on("kind", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("parent", Sort.Direction.ASC));
    }

    Unit create(String name, UnitKind kind, Unit parent, String origin, Instant now) {
        List<String> ancestors = new ArrayList<>();
        if (parent != null) {
            parent.ancestors().forEach(a -> ancestors.add(a.value()));
            ancestors.add(parent.id().value());
        }
        UnitDoc doc = new UnitDoc("u" + new ObjectId().toHexString(), name, kind,
                parent == null ? null : parent.id().value(), ancestors, origin, now);
        try {
            return mongo.insert(doc, COLLECTION).toUnit();
        } catch (DuplicateKeyException replay) {
            return mongo.findOne(query(where("origin").is(origin)), UnitDoc.class, COLLECTION).toUnit();
        }
    }

    Optional<Unit> byId(UnitId id) {
        return Optional.ofNullable(mongo.findById(id.value(), UnitDoc.class, COLLECTION)).map(UnitDoc::toUnit);
    }

    List<Unit> byIds(Collection<UnitId> ids) {
        return mongo.find(query(where("_id").in(ids.stream().map(UnitId::value).toList())), UnitDoc.class, COLLECTION)
                .stream().map(UnitDoc::toUnit).toList();
    }

    Optional<Unit> root() {
        Query roots = query(where("parent").is(null)).with(Sort.by("createdAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(roots, UnitDoc.class, COLLECTION)).map(UnitDoc::toUnit);
    }

    List<Unit> children(UnitId parent, int limit) {
        Query children = query(where("parent").is(parent.value())).with(Sort.by("kind", "name")).limit(limit);
        return mongo.find(children, UnitDoc.class, COLLECTION).stream().map(UnitDoc::toUnit).toList();
    }

    long countChildren(UnitId parent) {
        return mongo.count(query(where("parent").is(parent.value())), COLLECTION);
    }

    /** The unit and every unit below it, in one read. */
    List<Unit> within(UnitId unit) {
        Query subtree = query(new Criteria().orOperator(where("_id").is(unit.value()), where("ancestors").is(unit.value())));
        return mongo.find(subtree, UnitDoc.class, COLLECTION).stream().map(UnitDoc::toUnit).toList();
    }

    /**
     * The names of the branches at or below any of {@code under}, and of the branches {@code ids}; of
     * every branch when {@code everything}. Ids, names and parents only.
     */
    List<Unit> branchNames(Collection<UnitId> under, Collection<UnitId> ids, boolean everything) {
        Criteria branch = where("kind").is(UnitKind.CHI_DOAN);
        if (!everything) {
            List<String> units = under.stream().map(UnitId::value).toList();
            branch = new Criteria().andOperator(branch, new Criteria().orOperator(where("_id").in(units),
                    where("ancestors").in(units), where("_id").in(ids.stream().map(UnitId::value).toList())));
        }
        Query query = query(branch);
        query.fields().include("_id", "name", "parent");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> new Unit(new UnitId(d.getString("_id")),
                d.getString("name"), UnitKind.CHI_DOAN, d.getString("parent") == null ? null
                        : new UnitId(d.getString("parent")), List.of())).toList();
    }

    /** The unit strictly below {@code top} with this name ({@link CleanText#sameName}), if any. */
    Optional<Unit> named(UnitId top, String name) {
        Query below = query(where("ancestors").is(top.value()));
        below.fields().include("_id", "name");
        return mongo.find(below, Document.class, COLLECTION).stream()
                .filter(d -> CleanText.sameName(d.getString("name"), name)).findFirst()
                .flatMap(d -> byId(new UnitId(d.getString("_id"))));
    }

    /** The branches at or below a unit. */
    List<UnitId> branchesWithin(UnitId unit) {
        Query branches = query(new Criteria().orOperator(
                where("_id").is(unit.value()), where("ancestors").is(unit.value())).and("kind").is(UnitKind.CHI_DOAN));
        branches.fields().include("_id");
        return mongo.find(branches, Document.class, COLLECTION).stream()
                .map(d -> new UnitId(d.getString("_id"))).toList();
    }
}
