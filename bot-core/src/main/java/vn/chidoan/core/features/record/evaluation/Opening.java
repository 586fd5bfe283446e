package vn.chidoan.core.features.record.evaluation;

import java.time.LocalDate;
import vn.chidoan.core.kernel.chat.UnitId;

/** A branch's evaluation of one year, opened by its BCH: members assess themselves until {@code deadline}. */
record Opening(UnitId branch, int year, LocalDate deadline, boolean sent) {
}
