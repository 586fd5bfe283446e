package vn.chidoan.core.org.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * Public API: finding units across the tree. A branch by name anywhere in a province (a transfer's
 * receiving branch): its few thousand names are read in one query and matched here without diacritics,
 * so "dong hoa" finds "Chi đoàn Đông Hòa". The officers of a unit, and the nearest unit above a branch
 * that has any (who approves what the branch proposes).
 */
@Component
public class UnitDirectory {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final Organisation org;
    private final MongoTemplate mongo;

    UnitDirectory(Organisation org, MongoTemplate mongo) {
        this.org = org;
        this.mongo = mongo;
    }

    /** A branch found by name, with the unit it is in. */
    public record Found(UnitId id, String name, String parentName) {
    }

    /**
     * The branches below {@code within} (a unit above branches) whose names contain every word of {@code search} (any case,
     * with or without diacritics), by name, at most {@code limit}.
     */
    public List<Found> branchesNamed(UnitId within, String search, int limit) {
        List<String> words = List.of(DateInput.plain(search).split("\\s+"));
        Query branches = query(where("ancestors").is(within.value()).and("kind").is(UnitKind.CHI_DOAN));
        branches.fields().include("_id", "name", "parent", "ancestors");
        List<Document> matching = mongo.find(branches, Document.class, UnitStore.COLLECTION).stream()
                .filter(doc -> doc.getList("ancestors", String.class, List.of()).contains(within.value()))
                .filter(doc -> words.stream().allMatch(DateInput.plain(doc.getString("name"))::contains))
                .sorted(Comparator.comparing((Document doc) -> doc.getString("name"), VIETNAMESE))
                .limit(limit).toList();
        return matching.stream().map(doc -> new Found(new UnitId(doc.getString("_id")), doc.getString("name"),
                Optional.ofNullable(doc.getString("parent")).flatMap(p -> org.unit(new UnitId(p))).map(Unit::name)
                        .orElse(""))).toList();
    }

    /** The unit's officers, longest-serving first. */
    public List<PersonId> officersOf(UnitId unit) {
        return org.officers().personsOf(unit);
    }

    /**
     * The nearest unit above {@code unit} that has officers, with them: the parent, or if it has none the
     * next one up. Empty when no unit above has any.
     */
    public Optional<Leaders> leadersAbove(UnitId unit) {
        List<UnitId> above = org.unit(unit).map(Unit::ancestors).orElse(List.of());
        for (int i = above.size() - 1; i >= 0; i--) {
            List<PersonId> officers = officersOf(above.get(i));
            if (!officers.isEmpty()) {
                return Optional.of(new Leaders(above.get(i), officers));
            }
        }
        return Optional.empty();
    }

    /** A unit and its officers. */
    public record Leaders(UnitId unit, List<PersonId> officers) {
    }

    /** The top of the tree {@code unit} is in: its province. */
    public UnitId provinceOf(UnitId unit) {
        return org.unit(unit).map(u -> u.ancestors().isEmpty() ? u.id() : u.ancestors().get(0)).orElse(unit);
    }
}
