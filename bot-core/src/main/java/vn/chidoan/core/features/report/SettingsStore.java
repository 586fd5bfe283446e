package vn.chidoan.core.features.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.unit.Organisation;

/**
 * {@code report_settings}: one document per unit that changed its criteria (keyed by the unit), written
 * whole by one update, so two officers setting at once leave one of their settings, never a mix. A unit
 * without one takes the nearest unit above it that has one, else {@link ReportSettings#DEFAULTS}. Keeps
 * no person.
 */
@Component
class SettingsStore {
    static final String COLLECTION = "report_settings";

    private final MongoTemplate mongo;
    private final Organisation org;

    SettingsStore(MongoTemplate mongo, Organisation org) {
        this.mongo = mongo;
        this.org = org;
    }

    /** The settings in force for the unit: its own, or the nearest above it, or the defaults. */
    ReportSettings of(UnitId unit) {
        List<UnitId> upward = new ArrayList<>();
        org.unit(unit).ifPresent(u -> upward.addAll(u.ancestors()));
        upward.add(unit);
        Collections.reverse(upward);
        for (UnitId candidate : upward) {
            Optional<ReportSettings> own = own(candidate);
            if (own.isPresent()) {
                return own.get();
            }
        }
        return ReportSettings.DEFAULTS;
    }

    void save(UnitId unit, ReportSettings settings) {
        mongo.upsert(query(where("_id").is(unit.value())), new Update().set("weights", new Document(
                new HashMap<String, Object>(settings.weights()))).set("threshold", settings.threshold())
                .set("layout", settings.layout()), COLLECTION);
    }

    private Optional<ReportSettings> own(UnitId unit) {
        Document doc = mongo.findById(unit.value(), Document.class, COLLECTION);
        if (doc == null) {
            return Optional.empty();
        }
        Map<String, Integer> weights = new HashMap<>();
        Document stored = doc.get("weights", Document.class);
        ReportSettings.CRITERIA.forEach(c -> weights.put(c, stored == null ? 0 : stored.getInteger(c, 0)));
        return Optional.of(new ReportSettings(weights, doc.getInteger("threshold", ReportSettings.DEFAULTS.threshold()),
                doc.getString("layout") == null ? ReportSettings.DEFAULTS.layout() : doc.getString("layout")));
    }
}
