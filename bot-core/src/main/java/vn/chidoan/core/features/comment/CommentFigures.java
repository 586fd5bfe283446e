package vn.chidoan.core.features.comment;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.ActivityFigures;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.org.member.Members;

/**
 * Comments for evaluation, {@code /toi} and reports (topic {@code comment}), over the posts made in the
 * period: per branch, how many posts reached it ({@code comment.posts}) and how many answers its members
 * gave (a comment or "no comment", once per post and member) out of posts times its members now
 * ({@code comment.answered}); per member, the posts they answered out of those that reached the branch.
 */
@Component
class CommentFigures implements ActivityFigures {
    static final String TOPIC = "comment";
    static final String POSTS = TOPIC + ".posts";
    static final String ANSWERED = TOPIC + ".answered";

    private final Comments comments;
    private final Members members;
    private final Clock clock;

    CommentFigures(Comments comments, Members members, Clock clock) {
        this.comments = comments;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<UnitId, List<Figure>> branches(Collection<UnitId> branches, DatePeriod period) {
        List<CommentPost> posts = posted(branches, period);
        Map<UnitId, Long> reached = new HashMap<>();
        Set<UnitId> wanted = new HashSet<>(branches);
        posts.forEach(p -> p.branches().stream().filter(wanted::contains)
                .forEach(b -> reached.merge(b, 1L, Long::sum)));
        Map<UnitId, Set<String>> answered = new HashMap<>();
        for (CommentStore.Answer answer : answers(posts)) {
            answered.computeIfAbsent(answer.branch(), b -> new HashSet<>())
                    .add(answer.post() + ":" + answer.person().value());
        }
        Map<UnitId, List<PersonId>> rosters = reached.isEmpty() ? Map.of() : members.activeMembers(reached.keySet());
        Map<UnitId, List<Figure>> figures = new LinkedHashMap<>();
        for (UnitId branch : branches) {
            long count = reached.getOrDefault(branch, 0L);
            long answers = answered.getOrDefault(branch, Set.of()).size();
            long expected = count * rosters.getOrDefault(branch, List.of()).size();
            figures.put(branch, List.of(Figure.count(POSTS, count),
                    Figure.ratio(ANSWERED, answers, Math.max(answers, expected))));
        }
        return figures;
    }

    @Override
    public Map<PersonId, List<Figure>> members(UnitId branch, DatePeriod period) {
        List<CommentPost> posts = posted(List.of(branch), period);
        Map<PersonId, Set<Long>> answered = new LinkedHashMap<>();
        for (CommentStore.Answer answer : answers(posts)) {
            if (answer.branch().equals(branch)) {
                answered.computeIfAbsent(answer.person(), p -> new HashSet<>()).add(answer.post());
            }
        }
        Map<PersonId, List<Figure>> figures = new LinkedHashMap<>();
        members.activeMembers(List.of(branch)).getOrDefault(branch, List.of())
                .forEach(person -> answered.putIfAbsent(person, Set.of()));
        answered.forEach((person, done) -> figures.put(person,
                List.of(Figure.ratio(ANSWERED, done.size(), Math.max(done.size(), posts.size())))));
        return figures;
    }

    private List<CommentPost> posted(Collection<UnitId> branches, DatePeriod period) {
        return comments.postedBetween(branches, period.startIn(clock.getZone()), period.endIn(clock.getZone()));
    }

    private List<CommentStore.Answer> answers(List<CommentPost> posts) {
        return comments.answersTo(posts.stream().map(CommentPost::number).toList());
    }
}
