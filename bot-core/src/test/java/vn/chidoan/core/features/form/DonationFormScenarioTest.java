package vn.chidoan.core.features.form;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Chat;
import vn.chidoan.core.testing.Database;

/**
 * The filling-in tests' form, run on each database: a blood donation of five fields (phone, blood group,
 * weight from 45 to 120 kg, days, donated before) with two places, published in {@link FormScenario}'s
 * branch; the members' private chats and their registrations.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class DonationFormScenarioTest {
    static final List<Field> FIELDS = List.of(
            Field.of(FieldType.PHONE, "Số điện thoại", true),
            new Field(FieldType.CHOICE, "Nhóm máu", true, List.of("A", "B", "AB", "O"), null, null),
            new Field(FieldType.NUMBER, "Cân nặng (kg)", true, List.of(), 45L, 120L),
            new Field(FieldType.CHOICES, "Ngày có thể đi", false, List.of("Thứ 7", "Chủ nhật"), null, null),
            Field.of(FieldType.YES_NO, "Đã từng hiến máu?", true));

    @Parameter
    Database db;

    FormScenario s;
    Form form;

    @BeforeEach
    void aFormWithFiveFields() {
        s = new FormScenario(db);
        form = s.publish(new FormSpec("Hiến máu nhân đạo", "7h30 tại Nhà văn hóa", FormScenario.at(3, 20, 17, 0), 2,
                true, FIELDS));
    }

    Chat lan() {
        return s.bot.inPrivate(s.lan);
    }

    Registration registration(Speaker who) {
        return s.signups.find(s.form(form.number()), s.person(who)).orElseThrow();
    }

    /** Answers every field (A, 55 kg, no days, never donated) and stops at the summary. */
    void fillAll(Speaker who) {
        s.presses(who, form.number());
        Chat chat = s.bot.inPrivate(who);
        chat.says("0912 345 678");
        chat.says("1");
        chat.says("55");
        chat.presses("dlg:skip");
        chat.presses("dlg:n");
    }
}
