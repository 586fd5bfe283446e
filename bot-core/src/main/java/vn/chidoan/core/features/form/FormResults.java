package vn.chidoan.core.features.form;

import java.util.List;

/**
 * Where a form stands for some of its branches (all of them for its creator and officers above; their
 * own for a branch's committee): per branch how many registered, wait, withdrew or did not answer out of
 * its members now, and every sent registration, places first in the order taken, then the waitlist in
 * order, then withdrawals.
 */
record FormResults(Form form, List<Tally> branches, List<Line> lines) {

    record Tally(String branch, int members, int registered, int waiting, int withdrawn) {
        int silent() {
            return Math.max(0, members - registered - waiting - withdrawn);
        }
    }

    /** A sent registration as the creator sees it: who, from which branch, where it stands. */
    record Line(Registration registration, String name, String branch, int place, int position) {
    }

    Tally total() {
        return new Tally(null, branches.stream().mapToInt(Tally::members).sum(),
                branches.stream().mapToInt(Tally::registered).sum(), branches.stream().mapToInt(Tally::waiting).sum(),
                branches.stream().mapToInt(Tally::withdrawn).sum());
    }
}
