package vn.chidoan.core.features.comment;

import java.util.List;

/**
 * Where a post stands: per branch, how many members commented, said they have none, or stayed
 * silent; and every standing comment, numbered, with its author unless the post is anonymous.
 */
record Results(CommentPost post, List<Tally> branches, List<Line> comments) {

    record Tally(String branch, int members, int commented, int passed) {
        int silent() {
            return Math.max(0, members - commented - passed);
        }
    }

    /** A comment as the poster sees it; {@code author} is null on an anonymous post. */
    record Line(Comment comment, String author, String branch) {
    }

    Tally total() {
        return new Tally(null, branches.stream().mapToInt(Tally::members).sum(),
                branches.stream().mapToInt(Tally::commented).sum(), branches.stream().mapToInt(Tally::passed).sum());
    }
}
