package vn.chidoan.core.features.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/** An officer's meeting commands in a private chat name a branch; no meeting is ever the province's. */
class OfficerMeetingsTest extends MeetingScenarioTest {

    @Test
    void anOfficersMeetingInPrivateAsksWhichBranchAndIsCalledThere() {
        Scenarios.Branch other = Scenarios.linkedBranch(s.bot, s.officer, "Chi đoàn 12A2", "-200");

        Turn asked = s.bot.inPrivate(s.officer).says("/hop 05/03 19h Sinh hoạt chi đoàn");

        assertThat(asked.templates()).contains("pipeline.branch.pick").doesNotContain("meeting.create.done");
        assertThat(meetingsOf(province())).isEmpty();

        Turn called = s.bot.inPrivate(s.officer).presses(asked.buttonLabelled("Chi đoàn 12A2"));

        assertThat(called.templates()).contains("meeting.create.done");
        assertThat(meetingsOf(s.bot.org().branchOfChat(other.group()).orElseThrow())).hasSize(1);
        assertThat(meetingsOf(province())).isEmpty();
        assertThat(s.meetings()).isEmpty();
    }

    @Test
    void anOfficersMonthlyMeetingInPrivateAsksWhichBranchToo() {
        Scenarios.linkedBranch(s.bot, s.officer, "Chi đoàn 12A2", "-200");

        Turn asked = s.bot.inPrivate(s.officer).says("/hop_dinhky 15 19h");

        assertThat(asked.templates()).contains("pipeline.branch.pick").doesNotContain("meeting.series.saved");
        assertThat(s.bot.bean(MeetingSeries.class).of(province())).isEmpty();
        assertThat(s.bot.inPrivate(s.officer).presses(asked.buttonLabelled("Chi đoàn 12A1")).templates())
                .contains("meeting.series.saved");
        assertThat(s.bot.bean(MeetingSeries.class).of(s.branchId())).isPresent();
    }

    @Test
    void noMeetingIsEverWrittenOntoAUnitAboveBranches() {
        assertThatThrownBy(() -> s.meetings.create("test:1", province(), Instant.parse("2026-03-05T12:00:00Z"),
                "Họp", null)).isInstanceOf(BadInput.class).hasMessage("pipeline.branch.required");
        assertThatThrownBy(() -> s.bot.bean(MeetingSeries.class).set(new MeetingSeries.Series(province(), 15, java.time.LocalTime.NOON,
                "Họp"))).isInstanceOf(BadInput.class);
        assertThat(meetingsOf(province())).isEmpty();
        assertThat(s.bot.bean(MeetingSeries.class).of(province())).isEmpty();
    }

    private UnitId province() {
        return s.bot.org().root().orElseThrow().id();
    }

    private List<Meeting> meetingsOf(UnitId unit) {
        return s.meetings.between(List.of(unit), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
    }
}
