package vn.chidoan.app.fuzz;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.outbox.Candidate;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxStatus;

/**
 * What must hold of the stored documents whatever people sent: every event handled (or kept FAILED
 * only because no decoder could read it), every outbox entry readable by the dispatcher, every dialogue
 * of a known flow, and no membership, account, officer or chat link pointing at a person or unit that
 * is not there.
 */
final class Consistency {
    private Consistency() {
    }

    /** What is wrong now, looking at the events and outbox entries stored since {@code since}. */
    static List<String> problems(ApplicationContext app, Instant since) {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        List<String> problems = new ArrayList<>();
        for (Document event : since(mongo, "inbound_events", "receivedAt", since)) {
            String status = event.getString("status");
            boolean unreadable = "FAILED".equals(status) && String.valueOf(event.getString("lastError"))
                    .startsWith("undecodable: ");
            if (!"DONE".equals(status) && !unreadable) {
                problems.add("inbound " + event.get("_id") + " is " + status + ": " + event.getString("lastError"));
            }
        }
        Set<String> statuses = EnumSet.allOf(OutboxStatus.class).stream().map(Enum::name).collect(Collectors.toSet());
        for (Document entry : since(mongo, "outbox", OutboxCodec.UPDATED_AT, since)) {
            try {
                OutboxCodec.entry(entry);
                Candidate.of(entry);
                if (!statuses.contains(entry.getString(OutboxCodec.STATUS))) {
                    problems.add("outbox " + entry.get("_id") + " has status " + entry.get(OutboxCodec.STATUS));
                }
            } catch (RuntimeException unreadable) {
                problems.add("outbox " + entry.get("_id") + " cannot be read: " + unreadable);
            }
        }
        Set<String> flows = app.getBeansOfType(Flow.class).values().stream().map(Flow::name).collect(Collectors.toSet());
        for (Document dialogue : all(mongo, "conversations")) {
            if (!flows.contains(dialogue.getString("flow"))) {
                problems.add("dialogue " + dialogue.get("_id") + " of no flow: " + dialogue.get("flow"));
            }
        }
        Set<Object> persons = ids(mongo, "persons");
        Set<Object> units = ids(mongo, "units");
        dangling(problems, mongo, "memberships", "person", persons);
        dangling(problems, mongo, "memberships", "branch", units);
        dangling(problems, mongo, "accounts", "person", persons);
        dangling(problems, mongo, "officers", "person", persons);
        dangling(problems, mongo, "officers", "unit", units);
        dangling(problems, mongo, "chat_links", "branch", units);
        return problems;
    }

    private static void dangling(List<String> problems, MongoTemplate mongo, String collection, String field,
            Set<Object> existing) {
        for (Document doc : all(mongo, collection)) {
            if (!existing.contains(doc.get(field))) {
                problems.add(collection + " " + doc.get("_id") + " points at a missing " + field + " " + doc.get(field));
            }
        }
    }

    private static List<Document> since(MongoTemplate mongo, String collection, String field, Instant since) {
        return mongo.getCollection(collection).find(Filters.gte(field, Date.from(since))).into(new ArrayList<>());
    }

    private static List<Document> all(MongoTemplate mongo, String collection) {
        return mongo.getCollection(collection).find().into(new ArrayList<>());
    }

    private static Set<Object> ids(MongoTemplate mongo, String collection) {
        return all(mongo, collection).stream().map(doc -> doc.get("_id")).collect(Collectors.toCollection(HashSet::new));
    }
}
