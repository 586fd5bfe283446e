package vn.chidoan.core.features.record.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Turn;

/**
 * A branch ready for its yearly classification ({@link RecordScenario}'s 12A1), run on each database: two
 * meetings held in March and checked in by button, the March fee book with one member's payment, one
 * sign-up; and the steps of the classification as its people take them.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class EvaluationScenarioTest {
    @Parameter
    Database db;

    RecordScenario s;

    @BeforeEach
    void aBranchWithTwoMeetingsHeld() {
        s = new RecordScenario(db);
        // 2 March, 19:30: the secretary and Dung check in, Giang does not; 3 people on the roll
        meeting("02/03", "2026-03-02T12:25:00Z", s.secretary, s.dung);
        // 9 March, 19:30: Dung and Giang check in, the secretary does not
        meeting("09/03", "2026-03-09T12:25:00Z", s.dung, s.giang);
        s.bot.clock().set(Instant.parse("2026-03-10T02:00:00Z"));
        // the fee book opens for March; Dung (no. 2) paid it, the others did not
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/doanphi mo");
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/doanphi nop 2");
        // one sign-up, Dung registered
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/dangky_tao Hiến máu nhân đạo");
        s.bot.inGroup(RecordScenario.GROUP, s.dung).presses("dk:r:1");
    }

    private void meeting(String day, String checkInAt, Speaker... present) {
        s.bot.clock().set(Instant.parse(checkInAt).minusSeconds(3600 * 5));
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/hop " + day + " 19h30 Sinh hoạt chi đoàn");
        s.bot.clock().set(Instant.parse(checkInAt));
        Turn open = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/diemdanh");
        for (Speaker who : present) {
            s.bot.inGroup(RecordScenario.GROUP, who).presses(open.buttonData("mci:"));
        }
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/diemdanh_dong");
    }

    Turn opens() {
        return s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/danhgia_mo 20/03");
    }

    Turn assesses(Speaker who, String text, String grade) {
        assertThat(s.bot.inPrivate(who).says("/danhgia").templates()).contains("record.evaluation.ask_text");
        assertThat(s.bot.inPrivate(who).says(text).templates()).contains("record.evaluation.ask_grade");
        return s.bot.inPrivate(who).presses("dlg:" + grade);
    }

    String ref(Speaker member) {
        return s.ref(member) + ":2026";
    }

    Entry entryOf(Speaker member) {
        return s.bot.bean(Evaluations.class).store().entry(s.person(member), 2026).orElseThrow();
    }
}
