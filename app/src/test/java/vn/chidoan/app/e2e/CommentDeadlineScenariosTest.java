package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * Reminders and the deadline end to end, fired by Quartz: a reminder reaches only the members who have
 * not answered, and at the deadline the poster gets the summary and the file, once, and comments close.
 */
class CommentDeadlineScenariosTest extends CommentEndToEnd {

    @Test
    void remindersReachOnlyTheSilentAndAtTheDeadlineThePosterGetsTheSummaryAndCommentsClose() throws IOException {
        Members m = membersOf(linkedBranch(-100_222_000_002L, 6_101), 6_110);
        Branch branch = m.branch();
        CLOCK.travelTo(vn("2026-06-10T14:59:35")); // the reminder 2 hours before 17:00 is due in 25 seconds
        RecordedRequest post = publish(branch, "/gopy Báo cáo quý II hạn 10/06/2026 17h\nNội dung báo cáo.");
        String number = postNumber(post);
        postAndAwaitReply(replyTo(m.lan(), branch, post, "Báo cáo đầy đủ."), branch.chat());
        exchange(Updates.press(m.minh(), branch.chat(), post.resultMessageId(), "gy:p:" + number), branch.chat());
        int lanBefore = sentTo(m.lan().id()).size();
        int minhBefore = sentTo(m.minh().id()).size();
        int hoaBefore = sentTo(m.hoa().id()).size();
        int posterFirst = sentTo(branch.secretary().id()).size();

        await().atMost(FIRING).until(() -> sentTo(m.hoa().id()).size() > hoaBefore);
        RecordedRequest reminder = sentTo(m.hoa().id()).get(hoaBefore);
        assertThat(reminder.text()).contains("Nhắc góp ý", "Báo cáo quý II", "còn 2 giờ");
        assertThat(reminder.replyMarkup().findValuesAsText("callback_data")).contains("gy:c:" + number,
                "gy:p:" + number);
        assertThat(sentTo(branch.secretary().id()).stream().skip(posterFirst))
                .as("the poster is not reminded of their own post")
                .noneMatch(r -> r.text() != null && r.text().contains("Nhắc góp ý"));
        assertThat(sentTo(m.lan().id())).hasSize(lanBefore);
        assertThat(sentTo(m.minh().id())).hasSize(minhBefore);

        CLOCK.travelTo(vn("2026-06-10T16:59:40")); // a second post whose deadline comes in 20 seconds
        RecordedRequest closing = publish(branch, "/gopy Phân công trực hạn 10/06/2026 17h\nLịch trực tuần.");
        postAndAwaitReply(replyTo(m.lan(), branch, closing, "Em trực thứ Bảy."), branch.chat());
        int posterBefore = sentTo(branch.secretary().id()).size();

        await().atMost(FIRING).until(() -> sentTo(branch.secretary().id()).stream().skip(posterBefore)
                .anyMatch(r -> r.is("sendDocument")));
        List<RecordedRequest> atDeadline = sentTo(branch.secretary().id()).subList(posterBefore,
                sentTo(branch.secretary().id()).size());
        assertThat(atDeadline.get(0).text()).contains("Phân công trực", "Em trực thứ Bảy.", "đã hết hạn");
        assertThat(rows(atDeadline.get(1)).toString()).contains("Em trực thứ Bảy.", "Nguyễn Thị Lan");
        assertThat(postAndAwaitReply(replyTo(m.hoa(), branch, closing, "Muộn rồi ạ."), branch.chat()).text())
                .contains("đã hết hạn góp ý");
        assertThat(mongo.count(Query.query(Criteria.where("_id").regex("^comment-summary:" + postNumber(closing) + "@")),
                "reminder_occurrences"))
                .as("the summary occurrence was claimed once").isEqualTo(1);
    }
}
