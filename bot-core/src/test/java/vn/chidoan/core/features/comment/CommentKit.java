package vn.chidoan.core.features.comment;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.audience.FanoutWorker;
import vn.chidoan.core.org.audience.FanoutsForTests;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.reminder.RemindersForTests;
import vn.chidoan.core.testing.TestBot;

/**
 * A {@link TestBot} with the comment feature: its commands, buttons, dialogues, reply listener and
 * deep links, real reminders storage, and deliveries where every post is delivered with the id
 * {@code posted:<outbox key>}.
 */
final class CommentKit implements Deliveries {
    final TestBot bot;
    final Set<ChatRef> unreachable = new HashSet<>();
    Comments comments;
    Reminders reminders;
    AnswerTallies tallies;
    ResultsReport report;
    private Publishing publishing;
    private PrivateChannel channel;

    FanoutWorker fanoutWorker;

    CommentKit(MongoTemplate mongo) {
        this(mongo, BranchAudience.SLICE, UnaryOperator.identity());
    }

    /** With fan-outs {@code slice} branches at a time, through {@code wrap} of the comment kind (to interrupt it). */
    CommentKit(MongoTemplate mongo, int slice, UnaryOperator<FanoutKind> wrap) {
        bot = TestBot.builder(mongo)
                .flow(s -> {
                    reminders = RemindersForTests.over(s.mongo(), s.clock(), s.events());
                    comments = new Comments(s.mongo(), s.org(), s.members(),
                            new BranchAudience(s.org(), s.members(), s.outbox()),
                            FanoutsForTests.over(s.mongo(), s.clock(), s.events()), reminders, s.texts(), s.clock());
                    fanoutWorker = FanoutsForTests.runAtOnce(s.mongo(), s.clock(), s.events(),
                            List.of(wrap.apply(new CommentFanout(comments, s.members(), s.outbox(), s.texts(), s.org()))), slice);
                    tallies = new AnswerTallies(comments, s.members(), s.org());
                    report = new ResultsReport(tallies, s.outbox(), s.texts(), s.clock());
                    publishing = new Publishing(comments, s.clock());
                    channel = new PrivateChannel(s.outbox(), s.texts(), this,
                            List.of(new vn.chidoan.core.testing.FakeDeepLinks()));
                    return new PostFlow(publishing);
                })
                .flow(s -> new CommentFlow(comments))
                .plugin(s -> List.of(new PostCommand(publishing, s.conversations()),
                        new ResultsCommand(comments, s.org(), report),
                        new CommentButtons(comments, s.conversations(), channel),
                        new ReplyComments(comments, s.org(), s.members(), this),
                        new CommentStartLinks(comments, s.conversations())))
                .build();
    }

    /** The platform id the post got in the chat. */
    static String delivered(long post, ChatRef chat) {
        return "posted:" + BranchAudience.key("comment:" + post, chat);
    }

    CommentReminder reminderKind() {
        return new CommentReminder(comments, tallies, bot.members(), bot.outbox(), bot.texts(), bot.clock());
    }

    SummaryReminder summaryKind() {
        return new SummaryReminder(comments, bot.members(), report);
    }

    @Override
    public Optional<String> messageId(String outboxKey) {
        return Optional.of("posted:" + outboxKey);
    }

    @Override
    public boolean reachable(ChatRef chat) {
        return !unreachable.contains(chat);
    }
}
