package vn.chidoan.core.features.comment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;

/**
 * Reminders of kind {@code comment}, one per post and branch ({@code <post>:<branch>}) at the branch's
 * offsets before the deadline: each member who has neither commented nor said they have none, worked
 * out when it fires, gets a private message with the post's buttons and how long is left; the poster,
 * who is on the roster too, is not reminded to comment on their own post.
 */
@Component
class CommentReminder implements ReminderKind {
    static final String KIND = "comment";

    private final Comments comments;
    private final AnswerTallies tallies;
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    CommentReminder(Comments comments, AnswerTallies tallies, Members members, Outbox outbox, Texts texts,
            Clock clock) {
        this.comments = comments;
        this.tallies = tallies;
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    static String target(CommentPost post, UnitId branch) {
        return post.number() + ":" + branch.value();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        String target = reminder.target();
        Optional<CommentPost> post = comments.post(Long.parseLong(target.substring(0, target.indexOf(':'))));
        if (post.isEmpty() || !post.get().openAt(clock.instant())) {
            return;
        }
        Map<String, Object> model = PostMessages.model(post.get(), clock.getZone());
        model.put("left", Formats.timeLeft(Duration.between(clock.instant(), post.get().deadline())));
        for (RosterEntry silent : tallies.silent(post.get(), reminder.unit())) {
            List<UserRef> accounts = members.accountsOf(silent.person());
            if (accounts.isEmpty() || silent.person().equals(post.get().creator())) {
                continue; // the poster is not asked to comment on their own post
            }
            ChatRef chat = accounts.get(0).privateChat();
            String lang = members.person(silent.person()).map(Person::lang).orElse(Texts.VIETNAMESE);
            outbox.enqueue(reminder.outboxKey(occurrence, chat), chat,
                    OutgoingMessage.text(texts.render("comment.reminder", lang, model))
                            .withButtons(PostMessages.buttons(post.get().number(), texts, lang, false)),
                    Priority.BULK);
        }
    }
}
