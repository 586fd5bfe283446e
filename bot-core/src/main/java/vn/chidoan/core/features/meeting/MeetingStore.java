package vn.chidoan.core.features.meeting;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code meetings}: one document per meeting (a monthly meeting's occurrence has an id derived from
 * its branch and time, so creating it twice makes one). Answers live in the document's {@code rsvp}
 * and {@code reasons} maps keyed by person; {@code countsDueAt} says an edit of the invitation's counts
 * is owed. Every write is one single-document update.
 */
class MeetingStore {
    static final String COLLECTION = "meetings";

    private final MongoTemplate mongo;

    MeetingStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC).on("start", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("countsDueAt", Sort.Direction.ASC).sparse());
    }

    /** Inserts the meeting unless one with its id exists; returns the stored one. */
    Meeting insertIfAbsent(Meeting meeting, Instant now) {
        Update update = new Update().setOnInsert("branch", meeting.branch().value())
                .setOnInsert("start", Date.from(meeting.start())).setOnInsert("topic", meeting.topic())
                .setOnInsert("place", meeting.place()).setOnInsert("recurring", meeting.recurring())
                .setOnInsert("createdAt", Date.from(now));
        return meeting(mongo.findAndModify(byId(meeting.id()), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION));
    }

    Optional<Meeting> find(String id) {
        return Optional.ofNullable(mongo.findOne(byId(id), Document.class, COLLECTION)).map(MeetingStore::meeting);
    }

    /** The branch's meetings starting in {@code [from, to)}, earliest first. */
    List<Meeting> between(UnitId branch, Instant from, Instant to) {
        return between(List.of(branch), from, to);
    }

    List<Meeting> between(List<UnitId> branches, Instant from, Instant to) {
        Query q = query(where("branch").in(branches.stream().map(UnitId::value).toList()).and("start")
                .gte(Date.from(from)).lt(Date.from(to))).with(Sort.by("start", "_id"));
        return mongo.find(q, Document.class, COLLECTION).stream().map(MeetingStore::meeting).toList();
    }

    /** The branch's latest meeting starting before {@code before}. */
    Optional<Meeting> latestBefore(UnitId branch, Instant before) {
        Query q = query(where("branch").is(branch.value()).and("start").lt(Date.from(before)))
                .with(Sort.by(Sort.Direction.DESC, "start")).limit(1);
        return Optional.ofNullable(mongo.findOne(q, Document.class, COLLECTION)).map(MeetingStore::meeting);
    }

    /** Records the answer; a yes forgets an earlier reason. True if the meeting exists. */
    boolean answer(String id, PersonId person, Rsvp rsvp) {
        Update update = new Update().set("rsvp." + person.value(), rsvp.name());
        if (rsvp == Rsvp.YES) {
            update.unset("reasons." + person.value());
        }
        return mongo.updateFirst(byId(id), update, COLLECTION).getMatchedCount() > 0;
    }

    /** Keeps the reason only while the person's answer is still "away"; false when it is not. */
    boolean reason(String id, PersonId person, String reason) {
        Query away = query(where("_id").is(id).and("rsvp." + person.value()).is(Rsvp.NO.name()));
        return mongo.updateFirst(away, new Update().set("reasons." + person.value(), reason), COLLECTION)
                .getMatchedCount() > 0;
    }

    /** Owes an edit of the counts at {@code due}, unless one is owed already (which coalesces them). */
    void owesCounts(String id, Instant due) {
        mongo.updateFirst(query(where("_id").is(id).and("countsDueAt").exists(false)),
                new Update().set("countsDueAt", Date.from(due)), COLLECTION);
    }

    /** Meetings that owe an edit of their counts, with when it is due. */
    Map<String, Instant> countsOwed() {
        Query q = query(where("countsDueAt").exists(true));
        q.fields().include("_id").include("countsDueAt");
        Map<String, Instant> owed = new HashMap<>();
        mongo.find(q, Document.class, COLLECTION).forEach(d -> owed.put(d.getString("_id"),
                d.getDate("countsDueAt").toInstant()));
        return owed;
    }

    /** Takes the owed edit (one instance wins); returns the edit's number, or empty if another took it. */
    Optional<Integer> takeCounts(String id, Instant now) {
        Document taken = mongo.findAndModify(query(where("_id").is(id).and("countsDueAt").lte(Date.from(now))),
                new Update().unset("countsDueAt").inc("countsVersion", 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(taken).map(d -> ((Number) d.get("countsVersion")).intValue());
    }

    /** Closes check-in with the roster of that moment; false if it was closed already. */
    boolean close(String id, List<PersonId> expected, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id).and("closedAt").exists(false)),
                new Update().set("closedAt", Date.from(now)).set("expected",
                        expected.stream().map(PersonId::value).toList()), COLLECTION).getModifiedCount() > 0;
    }

    void minutes(String id, String text) {
        mongo.updateFirst(byId(id), new Update().set("minutes", text), COLLECTION);
    }

    /** Forgets an erased person's answers, reasons and place in the rosters of closed meetings, everywhere. */
    void forget(PersonId person) {
        mongo.updateMulti(query(where("rsvp." + person.value()).exists(true)), new Update()
                .unset("rsvp." + person.value()).unset("reasons." + person.value()), COLLECTION);
        mongo.updateMulti(query(where("reasons." + person.value()).exists(true)), new Update()
                .unset("reasons." + person.value()), COLLECTION);
        mongo.updateMulti(query(where("expected").is(person.value())), new Update().pull("expected", person.value()),
                COLLECTION);
    }

    /**
     * Moves a merged person's answers to the person they merged into (who keeps their own if any), and
     * their place in the rosters of closed meetings.
     */
    void move(PersonId from, PersonId into) {
        Query of = query(where("rsvp." + from.value()).exists(true));
        for (Document doc : mongo.find(of, Document.class, COLLECTION)) {
            Meeting meeting = meeting(doc);
            Update update = new Update().unset("rsvp." + from.value()).unset("reasons." + from.value());
            if (!meeting.rsvps().containsKey(into)) {
                update.set("rsvp." + into.value(), meeting.rsvps().get(from).name());
                if (meeting.reasons().containsKey(from)) {
                    update.set("reasons." + into.value(), meeting.reasons().get(from));
                }
            }
            mongo.updateFirst(byId(meeting.id()), update, COLLECTION);
        }
        mongo.updateMulti(query(where("expected").is(from.value())), new Update().addToSet("expected", into.value()),
                COLLECTION);
        mongo.updateMulti(query(where("expected").is(from.value())), new Update().pull("expected", from.value()),
                COLLECTION);
    }

    private static Query byId(String id) {
        return query(where("_id").is(id));
    }

    static Meeting meeting(Document doc) {
        Map<PersonId, Rsvp> rsvps = new HashMap<>();
        Document rsvp = doc.get("rsvp", Document.class);
        if (rsvp != null) {
            rsvp.forEach((person, answer) -> rsvps.put(new PersonId(person), Rsvp.valueOf((String) answer)));
        }
        Map<PersonId, String> reasons = new HashMap<>();
        Document why = doc.get("reasons", Document.class);
        if (why != null) {
            why.forEach((person, reason) -> reasons.put(new PersonId(person), (String) reason));
        }
        List<PersonId> expected = new ArrayList<>();
        List<?> stored = doc.get("expected", List.class);
        if (stored != null) {
            stored.forEach(person -> expected.add(new PersonId((String) person)));
        }
        Date closed = doc.getDate("closedAt");
        return new Meeting(doc.getString("_id"), new UnitId(doc.getString("branch")), doc.getDate("start").toInstant(),
                doc.getString("topic"), doc.getString("place"), Boolean.TRUE.equals(doc.getBoolean("recurring")),
                rsvps, reasons, closed == null ? null : closed.toInstant(), doc.getString("minutes"), expected);
    }
}
