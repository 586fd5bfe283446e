package vn.chidoan.core.features.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.org.reminder.Schedule;

/** What the BCH types after /hop and /hop_dinhky. */
class MeetingInputTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void theTopicAndThePlaceAfterTheLastTai() {
        MeetingInput.OneOff typed = MeetingInput.oneOff("15/12 19h30 Học tập tại chỗ tại Hội trường A", TODAY);

        assertThat(typed).isEqualTo(new MeetingInput.OneOff(LocalDate.of(2026, 12, 15), LocalTime.of(19, 30),
                "Học tập tại chỗ", "Hội trường A"));
        assertThat(MeetingInput.oneOff("ngày mai 7h Lao động", TODAY).date()).isEqualTo(TODAY.plusDays(1));
        assertThat(MeetingInput.oneOff("15/12 19h30 Sinh hoạt", TODAY).place()).isNull();
        assertThat(MeetingInput.oneOff("15/12 19 Sinh hoạt", TODAY).time()).as("a bare hour after the day")
                .isEqualTo(LocalTime.of(19, 0));
    }

    @Test
    void invisibleCharactersInTheDayOrTimeDoNotMakeThemUnreadable() {
        assertThat(MeetingInput.oneOff("\u200B15/12\u200B 19h30\u202E Sinh hoạt", TODAY)).isEqualTo(
                new MeetingInput.OneOff(LocalDate.of(2026, 12, 15), LocalTime.of(19, 30), "Sinh hoạt", null));
        assertThat(MeetingInput.monthly("\u200B15 19h30\u2066 Sinh hoạt định kỳ")).isEqualTo(
                new MeetingInput.Monthly(15, LocalTime.of(19, 30), "Sinh hoạt định kỳ"));
    }

    @Test
    void theSameDaysAsEveryOtherCommand() {
        assertThat(MeetingInput.oneOff("thứ 6 19h30 Sinh hoạt", TODAY).date()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(MeetingInput.oneOff("hôm nay 19h30 Sinh hoạt", TODAY).date()).isEqualTo(TODAY);
        assertThat(MeetingInput.oneOff("CN 8h Lao động tại Sân trường", TODAY)).isEqualTo(new MeetingInput.OneOff(
                LocalDate.of(2026, 3, 8), LocalTime.of(8, 0), "Lao động", "Sân trường"));
        assertThat(MeetingInput.oneOff("01/03 19h Họp", TODAY).date()).as("yesterday stays yesterday")
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aMeetingOnTheTwentyNinthOfFebruaryIsOnTheNextOne() {
        assertThat(MeetingInput.oneOff("29/02 19h30 Sinh hoạt đặc biệt", TODAY).date())
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aTopicAndAPlaceLoseTheCharactersThatWouldReorderThem() {
        MeetingInput.OneOff typed = MeetingInput.oneOff("15/12 19h30 Sinh\u202E hoạt\u200B tại Phòng\u2066 2\u2069",
                TODAY);

        assertThat(typed.topic()).isEqualTo("Sinh hoạt");
        assertThat(typed.place()).isEqualTo("Phòng 2");
        assertThatThrownBy(() -> MeetingInput.oneOff("15/12 19h30 \u200B\u202E", TODAY)).isInstanceOf(BadInput.class);
    }

    @Test
    void theMonthlyDayIsANumberOrTheLastDay() {
        assertThat(MeetingInput.monthly("15 19h30 Sinh hoạt")).isEqualTo(
                new MeetingInput.Monthly(15, LocalTime.of(19, 30), "Sinh hoạt"));
        assertThat(MeetingInput.monthly("cuối tháng 19h30").day()).isEqualTo(Schedule.LAST_DAY);
        assertThat(MeetingInput.monthly("cuoi thang 20h").topic()).isNull();
        assertThat(MeetingInput.monthly("ngày 5 8h").day()).isEqualTo(5);
    }

    @Test
    void whatCannotBeReadNamesItsReply() {
        assertThatThrownBy(() -> MeetingInput.monthly("32 19h30")).isInstanceOf(BadInput.class)
                .hasMessage("meeting.series.bad_day");
        assertThatThrownBy(() -> MeetingInput.monthly("15 tối")).hasMessage("meeting.create.bad_time");
        assertThatThrownBy(() -> MeetingInput.oneOff("15/12 19h30 tại Hội trường", TODAY))
                .hasMessage("meeting.create.bad_topic");
        assertThatThrownBy(() -> MeetingInput.oneOff("32/13 19h30 Họp", TODAY)).hasMessage("meeting.create.bad_date");
        assertThatThrownBy(() -> MeetingInput.oneOff("15/12 25h Họp", TODAY)).hasMessage("meeting.create.bad_time");
        assertThatThrownBy(() -> MeetingInput.oneOff("mai 19h30", TODAY)).hasMessage("command.hop.usage");
    }
}
