package vn.chidoan.core.features.meeting.report;

import java.time.YearMonth;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.features.meeting.checkin.Tally;

/** One branch's attendance in one month, summed over its meetings. */
record MonthRow(UnitId branch, YearMonth month, int meetings, int expected, int present, int late, int excused,
        int absent) {

    static MonthRow empty(UnitId branch, YearMonth month) {
        return new MonthRow(branch, month, 0, 0, 0, 0, 0, 0);
    }

    MonthRow plus(Tally tally) {
        return new MonthRow(branch, month, meetings + 1, expected + tally.expected(), present + tally.present().size(),
                late + tally.late().size(), excused + tally.excused().size(), absent + tally.absent().size());
    }

    int attended() {
        return present + late;
    }

    int ratePercent() {
        return expected == 0 ? 0 : Math.round(100f * attended() / expected);
    }
}
