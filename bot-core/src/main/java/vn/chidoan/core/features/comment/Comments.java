package vn.chidoan.core.features.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * Comments on posts (a post is made by {@link Publishing}): take, change, withdraw comments (or "no comment")
 * from members of the branches a post reached until its deadline. Every request re-checks that the post is
 * open and the person is a member of a branch it reached.
 */
@Service
class Comments {
    private final PostStore posts;
    private final CommentStore comments;
    private final Members members;
    private final Clock clock;

    Comments(MongoTemplate mongo, Members members, Clock clock) {
        this.posts = new PostStore(mongo);
        this.comments = new CommentStore(mongo);
        this.members = members;
        this.clock = clock;
    }

    /** The posts made in {@code [from, until)} that reached any of these branches, for the figures. */
    List<CommentPost> postedBetween(Collection<UnitId> branches, Instant from, Instant until) {
        return branches.isEmpty() ? List.of() : posts.createdBetween(branches, from, until);
    }

    /** The standing comments and "no comment" answers to these posts. */
    List<CommentStore.Answer> answersTo(Collection<Long> numbers) {
        return comments.answersTo(numbers);
    }

    public Optional<CommentPost> post(long number) {
        return posts.find(number);
    }

    /** The post whose deep link carries this token. */
    Optional<CommentPost> byLink(String token) {
        return posts.byLink(token);
    }

    /** The caller's latest post, if they posted any. */
    public Optional<CommentPost> latestBy(PersonId poster) {
        return posts.latestBy(poster);
    }

    /**
     * A post the caller may answer now; {@link BadInput} when it is closed, or {@link #unavailable()} when
     * it is gone or not for them: someone it is not for cannot tell those apart, nor learn its title.
     */
    CommentPost answerable(long number, Caller caller) {
        CommentPost post = posts.find(number).filter(p -> branchOf(p, caller).isPresent())
                .orElseThrow(Comments::unavailable);
        if (!post.openAt(clock.instant())) {
            throw new BadInput("comment.closed", Map.of("title", post.title(),
                    "deadline", PostMessages.deadline(post.deadline(), clock.getZone())));
        }
        return post;
    }

    /** The one refusal for a post that is not there or not for the caller: it names nothing. */
    static BadInput unavailable() {
        return new BadInput("comment.unavailable");
    }

    /** Takes a comment; the same {@code source} again returns the first one. */
    Comment comment(long number, Caller caller, String text, String source) {
        Optional<Comment> replay = comments.bySource(source);
        if (replay.isPresent()) {
            return replay.get();
        }
        String body = nonEmpty(text);
        CommentPost post = answerable(number, caller);
        UnitId branch = branchOf(post, caller).orElseThrow(Comments::unavailable);
        return comments.add(post.number(), posts.nextCommentNumber(post.number()), caller.person(), branch, body,
                source, clock.instant());
    }

    /** Changes the caller's own standing comment; {@link BadInput} when it is not theirs or withdrawn. */
    void edit(long number, int comment, Caller caller, String text) {
        String body = nonEmpty(text);
        answerable(number, caller);
        if (!comments.edit(number, comment, caller.person(), body, clock.instant())) {
            throw new BadInput("comment.not_yours", Map.of("post", number, "number", comment));
        }
    }

    /** Withdraws the caller's own comment; false when it was withdrawn already (a second press). */
    boolean withdraw(long number, int comment, Caller caller) {
        answerable(number, caller);
        Optional<Comment> found = comments.find(number, comment).filter(c -> c.person().equals(caller.person()));
        if (found.isEmpty()) {
            throw new BadInput("comment.not_yours", Map.of("post", number, "number", comment));
        }
        return comments.withdraw(number, comment, caller.person(), clock.instant());
    }

    /** Records that the caller has no comment; it counts as an answer. */
    void pass(long number, Caller caller) {
        CommentPost post = answerable(number, caller);
        comments.pass(post.number(), caller.person(), branchOf(post, caller).orElseThrow(Comments::unavailable),
                clock.instant());
    }

    /**
     * The caller's standing comments on the post, by number, and whether they said they have none; for
     * a member of a branch it reached, or whoever commented on it (and left the branch since).
     */
    Mine mine(long number, Caller caller) {
        CommentPost post = posts.find(number).orElseThrow(Comments::unavailable);
        List<Comment> theirs = caller.person() == null ? List.of()
                : comments.standing(number).stream().filter(c -> c.person().equals(caller.person())).toList();
        boolean passed = caller.person() != null && comments.passed(number, caller.person());
        if (theirs.isEmpty() && !passed && branchOf(post, caller).isEmpty()) {
            throw unavailable();
        }
        return new Mine(post, theirs, passed, post.openAt(clock.instant()));
    }

    record Mine(CommentPost post, List<Comment> comments, boolean passed, boolean open) {
    }

    /** The latest posts that reached the branch, to find the one a reply answers. */
    List<CommentPost> latestFor(UnitId branch, int limit) {
        return posts.latestFor(branch, limit);
    }

    CommentStore store() {
        return comments;
    }

    PostStore posts() {
        return posts;
    }

    /** The caller's branch among those the post reached, if they are a member of one. */
    private Optional<UnitId> branchOf(CommentPost post, Caller caller) {
        if (caller.person() == null) {
            return Optional.empty();
        }
        return members.membershipsOf(caller.person()).stream().map(Membership::branch)
                .filter(post.branches()::contains).findFirst();
    }

    /** The comment's text; one with nothing but spaces and punctuation ("...", "?") says nothing. */
    private static String nonEmpty(String text) {
        String body = text == null ? "" : text.strip();
        if (body.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || isPunctuation(c))) {
            throw new BadInput("comment.empty");
        }
        return body;
    }

    private static boolean isPunctuation(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
