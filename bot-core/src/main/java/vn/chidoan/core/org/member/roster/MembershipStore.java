package vn.chidoan.core.org.member.roster;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.Role;

/**
 * {@code memberships}: one document per (person, branch), keyed by both, so a person is in a branch
 * at most once. Removal keeps the record with status {@code REMOVED}, which bars joining again with the
 * branch's code until the BCH lets them ({@code mayRejoin}); joining again reactivates it.
 */
public final class MembershipStore {
    static final String COLLECTION = "memberships";

    enum Status {
        ACTIVE, REMOVED
    }

    public record MembershipDoc(@Id String id, String person, String branch, Role role, Status status, Instant joinedAt,
            Instant removedAt, Boolean mayRejoin) {
    }

    private final MongoTemplate mongo;

    public MembershipStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).on("joinedAt", Sort.Direction.ASC));
    }

    public static String id(String person, String branch) {
        return person + "@" + branch;
    }

    public Optional<MembershipDoc> active(String person, String branch) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id(person, branch))
                .and("status").is(Status.ACTIVE.name())), MembershipDoc.class, COLLECTION));
    }

    /**
     * Makes the person an active member with at least {@code role}; true if they were not active before.
     * Atomic: the upsert matches only an inactive or missing record, and an active one rejects the
     * insert by its key.
     */
    public boolean join(String person, String branch, Role role, Instant now) {
        String id = id(person, branch);
        Update activate = new Update().set("person", person).set("branch", branch).set("role", role.name())
                .set("status", Status.ACTIVE.name()).set("joinedAt", now).unset("removedAt").unset("mayRejoin");
        try {
            mongo.upsert(query(where("_id").is(id).and("status").ne(Status.ACTIVE.name())), activate, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyActive) {
            raise(id, role);
            return false;
        }
    }

    /**
     * Gives {@code into} the active membership {@code from} holds (same branch, role and join date), or
     * raises the role of the one {@code into} already has there: a merge of two records of one person.
     */
    public void adopt(MembershipDoc from, String into) {
        String id = id(into, from.branch());
        Update update = new Update().set("person", into).set("branch", from.branch()).set("role", from.role().name())
                .set("status", Status.ACTIVE.name()).set("joinedAt", from.joinedAt()).unset("removedAt")
                .unset("mayRejoin");
        try {
            mongo.upsert(query(where("_id").is(id).and("status").ne(Status.ACTIVE.name())), update, COLLECTION);
        } catch (DuplicateKeyException alreadyActive) {
            raise(id, from.role());
        }
    }

    /**
     * Gives {@code into} every membership of {@code from}: the active ones as {@link #adopt} does, and a
     * removal by the BCH where {@code into} has no record for that branch, so a merge does not lift it.
     */
    public void adoptAll(String from, String into) {
        for (MembershipDoc membership : mongo.find(query(where("person").is(from)), MembershipDoc.class, COLLECTION)) {
            if (membership.status() == Status.ACTIVE) {
                adopt(membership, into);
            } else if (membership.status() == Status.REMOVED && !Boolean.TRUE.equals(membership.mayRejoin())) {
                Update removal = new Update().setOnInsert("person", into).setOnInsert("branch", membership.branch())
                        .setOnInsert("role", membership.role().name()).setOnInsert("status", Status.REMOVED.name())
                        .setOnInsert("joinedAt", membership.joinedAt()).setOnInsert("removedAt", membership.removedAt());
                mongo.upsert(query(where("_id").is(id(into, membership.branch()))), removal, COLLECTION);
            }
        }
    }

    /**
     * Undoes {@link #adopt}: {@code from} is back in the branch with {@code role}, and {@code into} has
     * the role it had before ({@code intoRole}), or no membership there when it had none.
     */
    public void restore(String from, String into, String branch, Role role, Role intoRole, Instant now) {
        Instant since = active(into, branch).map(MembershipDoc::joinedAt).orElse(now);
        mongo.upsert(query(where("_id").is(id(from, branch))), new Update().set("person", from).set("branch", branch)
                .set("role", role.name()).set("status", Status.ACTIVE.name()).set("joinedAt", since)
                .unset("removedAt").unset("mayRejoin"), COLLECTION);
        if (intoRole == null) {
            mongo.remove(query(where("_id").is(id(into, branch)).and("status").is(Status.ACTIVE.name())), COLLECTION);
        } else {
            mongo.updateFirst(query(where("_id").is(id(into, branch)).and("status").is(Status.ACTIVE.name())),
                    new Update().set("role", intoRole.name()), COLLECTION);
        }
    }

    /** Whether the BCH removed the person from the branch and has not let them back yet. */
    public boolean barred(String person, String branch) {
        return mongo.exists(query(where("_id").is(id(person, branch)).and("status").is(Status.REMOVED.name())
                .and("mayRejoin").ne(true)), COLLECTION);
    }

    /** The BCH lets a removed person join again with the branch's code; false if they were not barred. */
    public boolean letRejoin(String person, String branch) {
        return mongo.updateFirst(query(where("_id").is(id(person, branch)).and("status").is(Status.REMOVED.name())),
                new Update().set("mayRejoin", true), COLLECTION).getModifiedCount() > 0;
    }

    /** Sets the role of an active membership, never lowering it below what it is. */
    public boolean raise(String id, Role role) {
        List<String> lower = Stream.of(Role.values()).filter(r -> !r.atLeast(role)).map(Role::name).toList();
        return mongo.updateFirst(query(where("_id").is(id).and("status").is(Status.ACTIVE.name())
                .and("role").in(lower)), new Update().set("role", role.name()), COLLECTION).getModifiedCount() > 0;
    }

    public boolean remove(String person, String branch, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id(person, branch)).and("status").is(Status.ACTIVE.name())),
                new Update().set("status", Status.REMOVED.name()).set("removedAt", now).unset("mayRejoin"), COLLECTION)
                .getModifiedCount() > 0;
    }

    /** Active memberships of a branch in roster order: who joined first comes first. */
    public List<MembershipDoc> roster(String branch) {
        return mongo.find(query(where("branch").is(branch).and("status").is(Status.ACTIVE.name()))
                .with(Sort.by("joinedAt", "_id")), MembershipDoc.class, COLLECTION);
    }

    /**
     * The active members of several branches in one query, each branch's in roster order: person, branch,
     * role and when they joined only (a post to a thousand branches reads no more than it needs).
     */
    public List<MembershipDoc> rosters(Collection<String> branches) {
        Query query = query(where("branch").in(branches).and("status").is(Status.ACTIVE.name()))
                .with(Sort.by("joinedAt", "_id"));
        query.fields().include("person", "branch", "role", "joinedAt");
        return mongo.find(query, MembershipDoc.class, COLLECTION);
    }

    public List<MembershipDoc> ofPerson(String person) {
        return mongo.find(query(where("person").is(person).and("status").is(Status.ACTIVE.name()))
                .with(Sort.by(Sort.Direction.DESC, "joinedAt")), MembershipDoc.class, COLLECTION);
    }

    public long countActive(Collection<String> branches) {
        return mongo.count(query(where("branch").in(branches).and("status").is(Status.ACTIVE.name())), COLLECTION);
    }

    public void deleteAllOf(String person) {
        mongo.remove(query(where("person").is(person)), COLLECTION);
    }
}
