package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * Meetings end to end through the fake Bot API: a meeting called with /hop, answered with its buttons
 * (counts edited in place), check-in by button and by QR code, the close report, the Excel report.
 */
class MeetingScenariosTest extends TelegramEndToEnd {
    @Autowired
    Clock clock;

    @Autowired
    Reminders reminders;

    @DynamicPropertySource
    static void fastMeetings(DynamicPropertyRegistry registry) {
        registry.add("chidoan.meetings.counts-batch", () -> "1s");
        registry.add("chidoan.meetings.tick-interval", () -> "200ms");
        registry.add("chidoan.meetings.qr-rotation", () -> "2s");
    }

    @Test
    void aMeetingIsCalledAnsweredCheckedInClosedAndReported() throws Exception {
        Branch branch = linkedBranch(-100_777_000_001L, 7_001);
        Person dung = new Person(7_004, "Phạm Thị", "Dung");
        Person giang = new Person(7_005, "Vũ Văn", "Giang");
        joinByTheGroupButton(branch, dung);
        joinByTheGroupButton(branch, giang);

        ZonedDateTime start = ZonedDateTime.now(clock).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
        String when = start.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        int before = sentTo(branch.chat()).size();
        post(Updates.groupText(branch.secretary(), branch.chat(), "/hop " + when + " Sinh hoạt e2e tại Phòng 1"));
        RecordedRequest invitation = await(() -> sentTo(branch.chat()).stream().skip(before)
                .filter(r -> r.text() != null && r.text().contains("Mời họp")).findFirst().orElse(null));
        assertThat(invitation.text()).contains("Sinh hoạt e2e", "Phòng 1", "Tham gia: 0");
        String meetingId = mongo.findOne(Query.query(Criteria.where("topic").is("Sinh hoạt e2e")), Document.class,
                "meetings").getString("_id");
        assertThat(reminders.find(ReminderId.of("meeting", meetingId))).as("its reminders are scheduled").isPresent();

        String join = callbackData(invitation, "mrs:", ":y");
        post(Updates.press(dung, branch.chat(), invitation.resultMessageId(), join));
        RecordedRequest edited = await(() -> API.requests("editMessageText").stream()
                .filter(r -> String.valueOf(branch.chat()).equals(r.chatId()) && r.text().contains("Tham gia: 1"))
                .findFirst().orElse(null));
        assertThat(edited.param("message_id")).isEqualTo(invitation.resultMessageId());

        RecordedRequest checkIn = postAndAwaitReply(Updates.groupText(branch.secretary(), branch.chat(), "/diemdanh"),
                branch.chat());
        post(Updates.press(dung, branch.chat(), checkIn.resultMessageId(), callbackData(checkIn, "mci:", "")));
        assertThat(await(() -> toast("có mặt"))).isNotNull();

        post(Updates.groupText(branch.secretary(), branch.chat(), "/diemdanh_qr"));
        RecordedRequest photo = await(() -> API.requests("sendPhoto").stream()
                .filter(r -> String.valueOf(branch.chat()).equals(r.chatId())).findFirst().orElse(null));
        String link = EndToEndSupport.qrText(photo.files().values().iterator().next().content());
        assertThat(link).contains("?start=dd_");
        RecordedRequest scanned = postAndAwaitReply(
                Updates.privateText(giang, "/start " + link.substring(link.indexOf("start=") + 6)), giang.id());
        assertThat(scanned.text()).contains("Đã điểm danh", "Sinh hoạt e2e");
        RecordedRequest rotated = await(() -> API.requests("editMessageMedia").stream()
                .filter(r -> String.valueOf(branch.chat()).equals(r.chatId())).findFirst().orElse(null));
        assertThat(rotated.param("message_id")).as("the same image, changed in place").isEqualTo(photo.resultMessageId());
        assertThat(EndToEndSupport.qrText(rotated.files().get("media").content())).contains("?start=dd_")
                .isNotEqualTo(link);
        assertThat(API.requests("sendPhoto")).filteredOn(r -> String.valueOf(branch.chat()).equals(r.chatId()))
                .as("one photo in the group").hasSize(1);

        RecordedRequest report = postAndAwaitReply(
                Updates.groupText(branch.secretary(), branch.chat(), "/diemdanh_dong"), branch.chat());
        assertThat(report.text()).contains("Có mặt: 2", "Phạm Thị Dung", "Vũ Văn Giang", "Vắng: 1", "Tham gia 2/3");

        exchange(Updates.groupText(branch.secretary(), branch.chat(), "/baocao hop"), branch.chat());
        RecordedRequest file = await(() -> API.requests("sendDocument").stream()
                .filter(r -> String.valueOf(branch.secretary().id()).equals(r.chatId())).findFirst().orElse(null));
        assertThat(EndToEndSupport.sheetRows(file.files().values().iterator().next().content())).contains(
                List.of("1", "Phạm Thị Dung", "Có mặt"), List.of("2", "Vũ Văn Giang", "Có mặt"));
    }

    @Test
    void aMemberCannotCallAMeetingAndABadDateIsExplained() {
        Branch branch = linkedBranch(-100_777_000_002L, 7_101);
        Person member = new Person(7_104, "Hà", "Anh");
        joinByTheGroupButton(branch, member);

        RecordedRequest refused = postAndAwaitReply(Updates.groupText(member, branch.chat(), "/hop mai 19h30 Họp"),
                branch.chat());
        assertThat(refused.text()).doesNotContain("Mời họp");
        RecordedRequest bad = postAndAwaitReply(Updates.groupText(branch.secretary(), branch.chat(),
                "/hop 32/13 19h30 Họp"), branch.chat());
        assertThat(bad.text()).contains("Mình chưa hiểu ngày «32/13»");
    }

    private static String callbackData(RecordedRequest message, String prefix, String suffix) {
        return message.replyMarkup().findValuesAsText("callback_data").stream()
                .filter(d -> d.startsWith(prefix) && d.endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " button in " + message));
    }

    private static RecordedRequest toast(String text) {
        return API.requests("answerCallbackQuery").stream()
                .filter(r -> r.param("text") != null && r.param("text").contains(text)).findFirst().orElse(null);
    }

    private static <T> T await(java.util.function.Supplier<T> found) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            API.awaitRequests("sendMessage", API.requests("sendMessage").size() + 1, Duration.ofMillis(100));
        }
        throw new AssertionError("not seen within " + WAIT);
    }

}
