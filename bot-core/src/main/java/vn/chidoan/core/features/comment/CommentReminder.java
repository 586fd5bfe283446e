package vn.chidoan.core.features.comment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.org.audience.PrivateReminders;

/**
 * Reminders of kind {@code comment}, one per post and branch ({@link Reminder#perBranch}) at the branch's
 * offsets before the deadline: each member who has neither commented nor said they have none, worked
 * out when it fires, gets a private message with the post's buttons and how long is left; the poster,
 * who is on the roster too, is not reminded to comment on their own post.
 */
@Component
class CommentReminder implements ReminderKind {
    static final String KIND = "comment";

    private final Comments comments;
    private final AnswerTallies tallies;
    private final PrivateReminders privately;
    private final Texts texts;
    private final Clock clock;

    CommentReminder(Comments comments, AnswerTallies tallies, PrivateReminders privately, Texts texts, Clock clock) {
        this.comments = comments;
        this.tallies = tallies;
        this.privately = privately;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        Optional<CommentPost> found = comments.post(reminder.itemNumber());
        if (found.isEmpty() || !found.get().openAt(clock.instant())) {
            return;
        }
        CommentPost post = found.get();
        List<PersonId> silent = tallies.silent(post, reminder.unit()).stream().map(RosterEntry::person)
                .filter(person -> !person.equals(post.creator())).toList();
        Map<String, Object> model = PostMessages.model(post, clock.getZone());
        model.put("left", Formats.timeLeft(Duration.between(clock.instant(), post.deadline())));
        privately.send(reminder, occurrence, silent, Priority.BULK, (person, lang) -> OutgoingMessage
                .text(texts.render("comment.reminder", lang, model))
                .withButtons(PostMessages.buttons(post.number(), texts, lang, false)));
    }
}
