package vn.chidoan.core.features.comment;

import java.util.List;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Where a post stands: per branch, how many members commented, said they have none, or stayed
 * silent; and every standing comment, numbered, with its author unless the post is anonymous.
 */
record Results(CommentPost post, List<Tally> branches, List<Line> comments) {

    /** The counts of one branch ({@code unit}), of a sub-unit summing {@code branches} branches, or the total. */
    record Tally(String branch, UnitId unit, int branches, int members, int commented, int passed) {
        int silent() {
            return Math.max(0, members - commented - passed);
        }

        Tally plus(Tally other) {
            return new Tally(branch, unit, branches + other.branches, members + other.members,
                    commented + other.commented, passed + other.passed);
        }
    }

    /** A comment as the poster sees it; {@code author} is null on an anonymous post. */
    record Line(Comment comment, String author, String branch) {
    }

    Tally total() {
        return branches.stream().reduce(new Tally(null, null, 0, 0, 0, 0), Tally::plus);
    }

}
