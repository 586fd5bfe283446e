package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chidoan.core.kernel.chat.BadInput;

/** Each field type's good values as stored and shown, and its bad values refused with the type's template. */
class FieldInputTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Field TEXT = Field.of(FieldType.TEXT, "Họ tên người đi cùng", true);
    static final Field LONG = Field.of(FieldType.LONG_TEXT, "Ghi chú", false);
    static final Field BLOOD = new Field(FieldType.CHOICE, "Nhóm máu", true, List.of("A", "B", "AB", "O"), null, null);
    static final Field DAYS = new Field(FieldType.CHOICES, "Ngày có thể đi", true, List.of("Thứ 7", "Chủ nhật",
            "Ngày lễ"), null, null);
    static final Field AGE = new Field(FieldType.NUMBER, "Tuổi", true, List.of(), 16L, 30L);
    static final Field COUNT = Field.of(FieldType.NUMBER, "Số người đi cùng", true);
    static final Field BIRTH = Field.of(FieldType.DATE, "Ngày sinh", true);
    static final Field PHONE = Field.of(FieldType.PHONE, "Số điện thoại", true);
    static final Field DONE_BEFORE = Field.of(FieldType.YES_NO, "Đã từng hiến máu?", true);

    private static String read(Field field, String typed) {
        return FieldInput.read(field, typed, TODAY);
    }

    private static String shown(Field field, String stored) {
        return FieldInput.shown(field, stored, "Có", "Không");
    }

    private static void refused(Field field, String typed) {
        assertThatThrownBy(() -> read(field, typed)).as("«%s» for %s", typed, field.type())
                .isInstanceOfSatisfying(BadInput.class, bad -> {
                    assertThat(bad.templateKey()).isEqualTo("form.fill.bad." + field.type().code());
                    assertThat(bad.model()).containsEntry("label", field.label());
                });
    }

    @Test
    void aShortTextIsOneLineAndALongOneKeepsItsLines() {
        assertThat(read(TEXT, "  Trần Văn\nMinh ")).isEqualTo("Trần Văn Minh");
        assertThat(read(LONG, "Dòng một\nDòng hai")).isEqualTo("Dòng một\nDòng hai");
        refused(TEXT, "");
        refused(TEXT, "...");
        refused(TEXT, "x".repeat(FieldInput.SHORT_MAX + 1));
        refused(LONG, "x".repeat(FieldInput.LONG_MAX + 1));
    }

    @Test
    void oneChoiceIsItsNumberOrItsTextAndNothingElse() {
        assertThat(read(BLOOD, "2")).isEqualTo("1");
        assertThat(read(BLOOD, "ab")).isEqualTo("2");
        assertThat(shown(BLOOD, "3")).isEqualTo("O");
        refused(BLOOD, "5");
        refused(BLOOD, "0");
        refused(BLOOD, "1, 2");
        refused(BLOOD, "nhóm C");
    }

    @Test
    void severalChoicesAreNumbersInAnyOrderOrOneText() {
        assertThat(read(DAYS, "3, 1")).isEqualTo("0,2");
        assertThat(read(DAYS, "1 2")).isEqualTo("0,1");
        assertThat(read(DAYS, "chủ nhật")).isEqualTo("1");
        assertThat(shown(DAYS, "0,2")).isEqualTo("Thứ 7, Ngày lễ");
        assertThat(FieldInput.toggled("0,2", 2)).isEqualTo("0");
        assertThat(FieldInput.toggled("0", 0)).isNull();
        assertThat(FieldInput.toggled(null, 1)).isEqualTo("1");
        refused(DAYS, "1, 4");
        refused(DAYS, "thứ 2");
        refused(DAYS, "");
    }

    @Test
    void aNumberIsWholeAndWithinItsBounds() {
        assertThat(read(AGE, "18")).isEqualTo("18");
        assertThat(read(AGE, " 30 ")).isEqualTo("30");
        assertThat(read(COUNT, "1.200")).isEqualTo("1200");
        assertThat(read(COUNT, "-3")).isEqualTo("-3");
        refused(AGE, "15");
        refused(AGE, "31");
        refused(AGE, "hai mươi");
        refused(AGE, "18.5");
        refused(COUNT, "1,5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"20/12; 2026-12-20; 20/12/2026", "20/12/2005; 2005-12-20; 20/12/2005",
            "mai; 2026-03-03; 03/03/2026", "thứ 7; 2026-03-07; 07/03/2026", "15-01-1999; 1999-01-15; 15/01/1999"})
    void aDateIsReadByTheOneDateReader(String typed, String stored, String shown) {
        assertThat(read(BIRTH, typed)).isEqualTo(stored);
        assertThat(shown(BIRTH, stored)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"32/13", "30/02/2026", "tuần sau", "hôm kia", "2026"})
    void aDateTheReaderDoesNotKnowIsRefused(String typed) {
        refused(BIRTH, typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"0912 345 678; +84912345678", "+84912345678; +84912345678",
            "0912.345.678; +84912345678", "84 912 345 678; +84912345678"})
    void aVietnamesePhoneIsKeptInE164AndShownTheNationalWay(String typed, String stored) {
        assertThat(read(PHONE, typed)).isEqualTo(stored);
        assertThat(shown(PHONE, stored)).isEqualTo("0912 345 678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912 345 67", "số của em", "+1 202 555 0143", "091234567x"})
    void anythingElseIsNoPhone(String typed) {
        refused(PHONE, typed);
    }

    @Test
    void yesOrNoTakesTheWordsPeopleType() {
        assertThat(read(DONE_BEFORE, "Có")).isEqualTo(FieldInput.YES);
        assertThat(read(DONE_BEFORE, "co")).isEqualTo(FieldInput.YES);
        assertThat(read(DONE_BEFORE, "không")).isEqualTo(FieldInput.NO);
        assertThat(read(DONE_BEFORE, "ko")).isEqualTo(FieldInput.NO);
        assertThat(shown(DONE_BEFORE, FieldInput.YES)).isEqualTo("Có");
        refused(DONE_BEFORE, "có lẽ");
        refused(DONE_BEFORE, "2");
    }

    @Test
    void theRefusalNamesWhatWasTypedAndTheBounds() {
        assertThatThrownBy(() -> read(AGE, "40")).isInstanceOfSatisfying(BadInput.class, bad -> assertThat(bad.model())
                .containsEntry("text", "40").containsEntry("min", 16L).containsEntry("max", 30L));
    }
}
