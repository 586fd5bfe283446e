package vn.chidoan.core.org.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Branch reminder settings in {@code reminder_settings}, one document per branch holding only what
 * its BCH changed; everything else comes from {@link RemindersProperties}. Most branches never
 * change anything, so the ids of those that did are kept in memory and the others cost no read
 * when a reminder fires; a branch first customised on another instance is seen here at the next
 * {@link #refresh()} (each sweep).
 */
@Component
class ReminderSettingsStore {
    static final String COLLECTION = "reminder_settings";

    private final MongoTemplate mongo;
    private final BranchSettings defaults;
    private final Set<UnitId> customisedUnits = ConcurrentHashMap.newKeySet();

    ReminderSettingsStore(MongoTemplate mongo, RemindersProperties properties) {
        this.mongo = mongo;
        Map<String, List<Duration>> offsets = new LinkedHashMap<>();
        properties.kinds().forEach((kind, config) -> offsets.put(kind, config.offsets()));
        this.defaults = new BranchSettings(offsets, properties.defaultQuietHours());
        refresh();
    }

    /** Learns which branches have settings of their own (the set only grows: a reset leaves a document). */
    void refresh() {
        Query ids = new Query();
        ids.fields().include("_id");
        mongo.find(ids, Document.class, COLLECTION).forEach(doc -> customisedUnits.add(new UnitId(doc.getString("_id"))));
    }

    BranchSettings defaults() {
        return defaults;
    }

    BranchSettings of(UnitId unit) {
        Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", unit.value())).first();
        return stored == null ? defaults : merged(stored);
    }

    /** As {@link #of}, without a read for a branch not known to have settings of its own: on every firing. */
    BranchSettings forFiring(UnitId unit) {
        return customisedUnits.contains(unit) ? of(unit) : defaults;
    }

    /** Every branch that changed something, for rebuilding all triggers without a query per reminder. */
    Map<UnitId, BranchSettings> customised() {
        Map<UnitId, BranchSettings> all = new HashMap<>();
        try (var docs = mongo.stream(new Query(), Document.class, COLLECTION)) {
            docs.forEach(doc -> all.put(new UnitId(doc.getString("_id")), merged(doc)));
        }
        return all;
    }

    /** Sets the branch's offsets for a kind; {@code null} returns to the default. */
    void setOffsets(UnitId unit, String kind, List<Duration> offsets) {
        String field = "offsets." + kind;
        Update update = offsets == null ? new Update().unset(field)
                : new Update().set(field, offsets.stream().map(Duration::toMillis).toList());
        mongo.upsert(byUnit(unit), update, COLLECTION);
        customisedUnits.add(unit);
    }

    /** Sets the branch's quiet hours; {@code null} returns to the default. */
    void setQuietHours(UnitId unit, QuietHours quiet) {
        Update update = quiet == null ? new Update().unset("quiet")
                : new Update().set("quiet", new Document("start", quiet.start().toString()).append("end",
                        quiet.end().toString()));
        mongo.upsert(byUnit(unit), update, COLLECTION);
        customisedUnits.add(unit);
    }

    private static Query byUnit(UnitId unit) {
        return Query.query(Criteria.where("_id").is(unit.value()));
    }

    private BranchSettings merged(Document stored) {
        Map<String, List<Duration>> offsets = new LinkedHashMap<>(defaults.offsets());
        Document own = stored.get("offsets", Document.class);
        if (own != null) {
            own.forEach((kind, millis) -> offsets.put(kind, ((List<?>) millis).stream()
                    .map(ms -> Duration.ofMillis(((Number) ms).longValue())).toList()));
        }
        Document quiet = stored.get("quiet", Document.class);
        QuietHours quietHours = quiet == null ? defaults.quietHours()
                : new QuietHours(LocalTime.parse(quiet.getString("start")), LocalTime.parse(quiet.getString("end")));
        return new BranchSettings(offsets, quietHours);
    }
}
