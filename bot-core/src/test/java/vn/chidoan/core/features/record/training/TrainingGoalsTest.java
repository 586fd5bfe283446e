package vn.chidoan.core.features.record.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.features.record.HistoryEntry;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Turn;

/** The training programme: a member registers this year's goals with /renluyen, the committee marks them done. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class TrainingGoalsTest {
    private static final DatePeriod YEAR = new DatePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

    @Parameter
    Database db;

    RecordScenario s;

    @BeforeEach
    void branch() {
        s = new RecordScenario(db);
    }

    private Turn dungRegisters() {
        assertThat(s.bot.inPrivate(s.dung).says("/renluyen").templates()).contains("record.training.ask");
        return s.bot.inPrivate(s.dung).says("- Tham gia đủ các buổi sinh hoạt\n- Hiến máu một lần");
    }

    @Test
    void theMemberRegistersGoalsAndTheCommitteeMarksOneDone() {
        Turn registered = dungRegisters();
        assertThat(registered.text()).contains("năm 2026 của bạn (0/2 đã hoàn thành)", "1. Tham gia đủ các buổi sinh hoạt",
                "2. Hiến máu một lần");

        Turn goals = s.starts(s.secretary, s.dung, "goals");
        assertThat(goals.text()).contains("của Phạm Thị Dung (0/2");
        Turn marked = s.bot.inPrivate(s.secretary).presses(goals.buttonData("hrl:"));

        assertThat(marked.text()).contains("(1/2 đã hoàn thành)", "1. Tham gia đủ các buổi sinh hoạt ✅");
        assertThat(s.records.history(s.person(s.dung), 5)).extracting(HistoryEntry::operation)
                .contains(Operation.GOALS, Operation.GOAL_DONE);
        assertThat(s.bot.bean(TrainingFigures.class).members(s.branchId(), YEAR))
                .containsEntry(s.person(s.dung), java.util.List.of(Figure.ratio("training.goals", 1, 2)));
        assertThat(s.bot.inPrivate(s.dung).says("/renluyen moi").templates()).containsExactly("record.training.locked");
    }

    @Test
    void goalsThatCannotBeReadAreRefusedWithAnExample() {
        s.bot.inPrivate(s.dung).says("/renluyen");

        assertThat(s.bot.inPrivate(s.dung).says("- \n ...").templates()).containsExactly("record.training.bad");
        assertThat(s.bot.inPrivate(s.dung).says("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk").templates())
                .containsExactly("record.training.bad");
        assertThat(s.bot.bean(TrainingFigures.class).members(s.branchId(), YEAR)).isEmpty();
    }

    @Test
    void aMemberCannotMarkGoalsAndTheCardSaysWhenThereAreNone() {
        Turn goals = s.starts(s.secretary, s.giang, "goals");
        assertThat(goals.templates()).contains("record.training.none_yet");
        dungRegisters();

        Turn forged = s.bot.inPrivate(s.giang).presses("hrl:" + s.ref(s.dung) + ":2026:0");

        assertThat(forged.toast()).isNotBlank();
        assertThat(s.bot.bean(TrainingFigures.class).members(s.branchId(), YEAR))
                .containsEntry(s.person(s.dung), java.util.List.of(Figure.ratio("training.goals", 0, 2)));
    }
}
