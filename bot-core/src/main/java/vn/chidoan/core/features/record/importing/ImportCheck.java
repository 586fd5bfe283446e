package vn.chidoan.core.features.record.importing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.MemberRecord;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * The rows of a sheet against the roster: who is new, who is already there (what changes), and what
 * cannot be used. A row is someone on the roster when the names are the same (case and spaces aside,
 * diacritics not: «Lan» and «Lân» are two people) and the STT cell gives their roster number, or their
 * date of birth is the recorded one (or either is missing); «mới» in STT makes a namesake someone new, and
 * someone new needs a date of birth.
 * Two rows for one person, and a member card number given twice or held by someone else, are refused.
 * A blank cell changes nothing.
 */
final class ImportCheck {

    /** What the check found: the rows to apply, how many rows change nothing, and the refused rows. */
    record Checked(List<ImportPlan.Row> rows, int unchanged, List<Refused> refused) {
    }

    /** A refused row: its number, the name it gives, and every reason. */
    record Refused(int row, String name, List<SheetRow.Refusal> reasons) {
    }

    private final Map<String, List<RosterEntry>> byName = new HashMap<>();
    private final Map<PersonId, MemberRecord> records;
    private final Map<String, RosterEntry> cardOwners = new HashMap<>();
    private final Map<String, Integer> seenPeople = new HashMap<>();
    private final Map<String, Integer> seenCards = new HashMap<>();

    private ImportCheck(List<RosterEntry> roster, Map<PersonId, MemberRecord> records) {
        this.records = records;
        for (RosterEntry entry : roster) {
            byName.computeIfAbsent(nameKey(entry.name()), n -> new ArrayList<>()).add(entry);
            MemberRecord record = records.get(entry.person());
            if (record != null) {
                record.field(Field.CARD_NUMBER).ifPresent(card -> cardOwners.put(cardKey(card.toString()), entry));
            }
        }
    }

    static Checked of(List<SheetRow> rows, List<RosterEntry> roster, Map<PersonId, MemberRecord> records) {
        return new ImportCheck(roster, records).check(rows);
    }

    private Checked check(List<SheetRow> rows) {
        List<ImportPlan.Row> plan = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        int unchanged = 0;
        for (SheetRow row : rows) {
            List<SheetRow.Refusal> reasons = new ArrayList<>(row.refusals());
            RosterEntry target = reasons.isEmpty() ? target(row, reasons) : null;
            if (reasons.isEmpty() && target == null && !row.fields().containsKey(Field.BIRTH_DATE)) {
                reasons.add(new SheetRow.Refusal("record.import.refused.no_birth_date", Map.of()));
            }
            if (reasons.isEmpty()) {
                duplicates(row, target, reasons);
            }
            if (!reasons.isEmpty()) {
                refused.add(new Refused(row.number(), row.name(), reasons));
                continue;
            }
            ImportPlan.Row planned = target == null
                    ? new ImportPlan.Row(row.number(), ImportPlan.Kind.ADD, null, null, row.name(), row.fields(), false)
                    : new ImportPlan.Row(row.number(), ImportPlan.Kind.CHANGE, target.person(), target.number(),
                            target.name(), changes(row, records.get(target.person())), false);
            if (planned.values().isEmpty()) {
                unchanged++;
            } else {
                plan.add(planned);
            }
        }
        return new Checked(plan, unchanged, refused);
    }

    /** The roster member the row is about, null for someone new; a reason when it cannot tell. */
    private RosterEntry target(SheetRow row, List<SheetRow.Refusal> reasons) {
        List<RosterEntry> namesakes = byName.getOrDefault(nameKey(row.name()), List.of());
        if (namesakes.isEmpty() || RosterSheet.NEW.equals(DateInput.plain(row.stt()))) {
            return null;
        }
        List<RosterEntry> numbered = namesakes.stream()
                .filter(entry -> String.valueOf(entry.number()).equals(row.stt())).toList();
        if (numbered.size() == 1) {
            return numbered.get(0);
        }
        Object born = row.fields().get(Field.BIRTH_DATE);
        List<RosterEntry> same = namesakes.stream().filter(entry -> {
            Object recorded = birth(entry);
            return recorded == null || born == null || recorded.equals(born);
        }).toList();
        if (same.size() == 1) {
            return same.get(0);
        }
        RosterEntry first = namesakes.get(0);
        Object recorded = birth(first);
        Map<String, Object> model = new HashMap<>(Map.of("name", first.name(), "number", first.number()));
        if (recorded != null) {
            model.put("birth", Formats.date((LocalDate) recorded));
        }
        reasons.add(new SheetRow.Refusal("record.import.refused.namesake", model));
        return null;
    }

    private void duplicates(SheetRow row, RosterEntry target, List<SheetRow.Refusal> reasons) {
        String person = target != null ? "p:" + target.person().value()
                : "n:" + nameKey(row.name()) + "|" + row.fields().get(Field.BIRTH_DATE);
        Integer earlier = seenPeople.putIfAbsent(person, row.number());
        if (earlier != null) {
            reasons.add(new SheetRow.Refusal("record.import.refused.duplicate_row", Map.of("row", earlier)));
        }
        Object card = row.fields().get(Field.CARD_NUMBER);
        if (card == null) {
            return;
        }
        Integer cardRow = seenCards.putIfAbsent(cardKey(card.toString()), row.number());
        RosterEntry owner = cardOwners.get(cardKey(card.toString()));
        if (cardRow != null) {
            reasons.add(new SheetRow.Refusal("record.import.refused.duplicate_card", Map.of("row", cardRow,
                    "card", card)));
        } else if (owner != null && (target == null || !owner.person().equals(target.person()))) {
            reasons.add(new SheetRow.Refusal("record.import.refused.card_taken", Map.of("card", card,
                    "name", owner.name(), "number", owner.number())));
        }
    }

    /** The fields the row sets to something the record does not hold already. */
    private static Map<Field, Object> changes(SheetRow row, MemberRecord record) {
        Map<Field, Object> changed = new EnumMap<>(Field.class);
        row.fields().forEach((field, value) -> {
            Object held = record == null ? null : record.field(field).orElse(null);
            if (!Objects.equals(held, value)) {
                changed.put(field, value);
            }
        });
        return changed;
    }

    private Object birth(RosterEntry entry) {
        MemberRecord record = records.get(entry.person());
        return record == null ? null : record.field(Field.BIRTH_DATE).orElse(null);
    }

    /** Names compared as the roster's linking compares them: case and spaces aside, diacritics kept. */
    static String nameKey(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static String cardKey(String card) {
        return card.strip().toUpperCase(Locale.ROOT);
    }
}
