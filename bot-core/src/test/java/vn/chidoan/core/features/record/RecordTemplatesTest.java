package vn.chidoan.core.features.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.org.member.status.FeeCategory;
import vn.chidoan.core.org.member.status.MemberStatus;

/** Every template the records feature names by a family (a field, a status, an operation…) exists in both languages. */
class RecordTemplatesTest {
    private final Texts texts = new Texts();

    /** Every operation a card offers, from the core's context. */
    private static Collection<RecordOperation> operations() {
        return TestBot.on(Database.EMBEDDED).bean(OperationButtons.class).all();
    }

    @Test
    void everyTemplateOfTheRecordsFamiliesExists() {
        List<String> keys = new ArrayList<>();
        for (Field field : Field.values()) {
            keys.add("record.field." + field.key());
            keys.add("record.field.bad." + field.key());
            keys.add("record.edit.ask." + field.key());
            if (field.selfEditable()) {
                keys.add("record.own.correct." + field.key());
            }
        }
        for (MemberStatus status : MemberStatus.values()) {
            keys.add("record.status." + status.key());
        }
        for (Operation operation : Operation.values()) {
            keys.add("record.history." + operation.key());
        }
        for (Gender gender : Gender.values()) {
            keys.add("record.gender." + gender.key());
        }
        for (FeeCategory category : FeeCategory.values()) {
            keys.add("record.fee." + category.key());
        }
        for (Mark.Kind kind : Mark.Kind.values()) {
            keys.add("record.mark." + kind.key());
        }
        for (RecordOperation operation : operations()) {
            assertThat(operation.key()).hasSizeLessThanOrEqualTo(RecordOperation.KEY_MAX);
            keys.add("record.op." + operation.key());
        }

        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (String lang : Texts.LANGUAGES) {
                if (!texts.exists(key, lang)) {
                    missing.add(lang + "/" + key);
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(missing).isEmpty();
    }
}
