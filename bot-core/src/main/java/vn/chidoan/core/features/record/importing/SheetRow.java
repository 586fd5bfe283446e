package vn.chidoan.core.features.record.importing;

import java.util.List;
import java.util.Map;
import vn.chidoan.core.features.record.Field;

/**
 * One row of an imported sheet as read: its number as Excel shows it, what its STT cell says (a roster
 * number, «mới», or nothing), the name, the fields it gives (a blank cell gives none) and why it cannot
 * be used, if it cannot.
 */
record SheetRow(int number, String stt, String name, Map<Field, Object> fields, List<Refusal> refusals) {

    /** Why a row is refused: a template that says what to write instead, and its values. */
    record Refusal(String key, Map<String, Object> model) {
    }

    SheetRow {
        fields = Map.copyOf(fields);
        refusals = List.copyOf(refusals);
    }
}
