package vn.chidoan.core.features.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * Comment scenarios run on each database, each from a branch of its own in a province, linked to its group
 * {@code -100}, with three members who joined: Lan, Minh and Hoa. Posts are {@code /gopy} in the group.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class CommentScenarioTest {
    static final Instant DEADLINE = Instant.parse("2026-03-10T10:00:00Z"); // 17:00 on 10/03/2026 in Vietnam

    @Parameter
    Database db;

    TestBot bot;
    Comments comments;
    Reminders reminders;
    Speaker officer;
    Scenarios.Branch branch;
    Speaker lan;
    Speaker minh;
    Speaker hoa;

    @BeforeEach
    void branchWithThreeMembers() {
        bot = TestBot.on(db);
        comments = bot.bean(Comments.class);
        reminders = bot.bean(Reminders.class);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        lan = Scenarios.joined(bot, branch, "Nguyễn Thị Lan");
        minh = Scenarios.joined(bot, branch, "Trần Văn Minh");
        hoa = Scenarios.joined(bot, branch, "Lê Thị Hoa");
    }

    /** The branch's secretary says {@code text} in the group. */
    Turn post(String text) {
        return bot.inGroup(branch.groupId(), branch.secretary()).says(text);
    }

    /** {@code who} answers post number {@code post} by replying to it in the group. */
    Turn replyToPost(Speaker who, long post, String text) {
        return bot.handle(new Inbound.MessageReceived(branch.group(), ChatKind.GROUP, who, text, null, "r" + text.hashCode(),
                true, RecordingOutbox.deliveredId(BranchAudience.key("comment:" + post, branch.group())), null));
    }

    /** What the group got whose outbox key starts with {@code prefix}. */
    List<RecordingOutbox.Sent> postsIn(String prefix) {
        return bot.outbox().messagesTo(branch.group()).stream().filter(m -> m.key().startsWith(prefix)).toList();
    }

    static List<List<String>> sheet(Turn results, int index) {
        Attachment file = results.messages().stream().map(m -> m.message().attachment()).filter(a -> a != null)
                .findFirst().orElseThrow();
        assertThat(file.fileName()).endsWith(".xlsx");
        return SheetRows.of(file.content(), index);
    }
}
