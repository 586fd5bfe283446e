package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chidoan.core.kernel.text.Texts;

/** Every template this feature uses renders in every language, Vietnamese with its diacritics. */
class ReminderTemplatesTest {
    static final Map<String, Object> MODEL = Map.of("value", "x", "word", "hop", "words", List.of("hop"),
            "name", "N", "offsets", List.of(Map.of("text", "T")), "quiet", "Q", "kinds",
            List.of(Map.of("name", "N", "word", "hop", "offsets", List.of(Map.of("text", "T")))),
            "start", "21:30", "end", "07:00", "reset", true);

    final Texts texts = new Texts();

    @ParameterizedTest
    @ValueSource(strings = {"command.nhacnho.help", "command.nhacnho.usage", "reminder.settings.show",
            "reminder.settings.offsets_saved", "reminder.settings.quiet_saved", "reminder.settings.bad_offsets",
            "reminder.settings.bad_quiet", "reminder.settings.unknown_kind", "reminder.settings.no_unit",
            "reminder.kind.meeting", "reminder.kind.fee", "reminder.kind.comment",
            "reminder.kind.form", "reminder.kind.notice"})
    void rendersInVietnameseAndEnglish(String key) {
        for (String lang : Texts.LANGUAGES) {
            assertThat(texts.exists(key, lang)).as(lang + "/" + key).isTrue();
            assertThat(texts.plain(key, lang, MODEL)).as(lang + "/" + key).isNotBlank();
        }
        assertThat(texts.plain(key, "vi", MODEL)).containsPattern("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]");
    }

    @org.junit.jupiter.api.Test
    void quietHoursReadAsARangeOrNone() {
        assertThat(texts.plain("reminder.quiet", "vi", Map.of("start", "21:30", "end", "07:00"))).isEqualTo("21:30 – 07:00");
        assertThat(texts.plain("reminder.quiet", "vi", Map.of("none", true))).isEqualTo("không có");
        assertThat(texts.plain("reminder.quiet", "en", Map.of("none", true))).isEqualTo("none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "30p", "2g", "1g30p", "3n", "1n12g", "1n30p"})
    void anOffsetReadsNaturally(String typed) {
        Duration offset = ReminderNotation.offsets(typed).orElseThrow().get(0);
        String vi = texts.plain("reminder.offset", "vi", ReminderNotation.model(offset));
        String en = texts.plain("reminder.offset", "en", ReminderNotation.model(offset));
        Map<String, List<String>> expected = Map.of("0", List.of("đúng lúc diễn ra", "at the event time"),
                "30p", List.of("30 phút trước", "30 min before"), "2g", List.of("2 giờ trước", "2 h before"),
                "1g30p", List.of("1 giờ 30 phút trước", "1 h 30 min before"),
                "3n", List.of("3 ngày trước", "3 d before"), "1n12g", List.of("1 ngày 12 giờ trước", "1 d 12 h before"),
                "1n30p", List.of("1 ngày 30 phút trước", "1 d 30 min before"));
        assertThat(List.of(vi, en)).isEqualTo(expected.get(typed));
        assertThat(ReminderNotation.typed(offset)).isEqualTo(typed);
    }
}
