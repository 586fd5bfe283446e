package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * An officer's reports over their subtree end to end through the fake Bot API: {@code /baocao} and
 * {@code /gopy_ketqua} of a post to the subtree answer at once, a job off the inbound lanes sends one
 * message of totals per sub-unit and the .xlsx, and the file (over the inline limit set low here) goes
 * through the outbox in chunks and leaves none behind once delivered.
 */
class ProvinceReportScenariosTest extends TelegramEndToEnd {
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void smallInlineFiles(DynamicPropertyRegistry registry) {
        registry.add("chidoan.outbox.inline-file-limit", () -> "1000");
    }

    @Test
    void anOfficersBaocaoIsAnsweredAtOnceAndTheTotalsPerSubUnitAndTheFileFollow() {
        linkedBranch(-100_888_000_001L, 7_301);
        Person officer = new Person(7_302, "Trần Thị", "Bình");
        postAndAwaitReply(Updates.privateText(officer, "/chidoan_them Chi đoàn 7399"), officer.id());
        heldMeeting("Chi đoàn 7301");

        List<RecordedRequest> answer = exchange(Updates.privateText(officer, "/baocao"), officer.id());

        assertThat(answer.get(0).text()).contains("Đang tổng hợp báo cáo tháng của Tỉnh đoàn");
        RecordedRequest totals = await().atMost(WAIT).until(() -> lastTo(officer, "sendMessage", "Theo đơn vị"),
                r -> r != null);
        assertThat(totals.text()).contains("Báo cáo Tỉnh đoàn", "Chi đoàn 7301 (1 chi đoàn): sinh hoạt 1 buổi, tham gia 0%",
                "Chi đoàn 7399 (1 chi đoàn): sinh hoạt 0 buổi");
        await().atMost(WAIT).until(() -> API.requests("sendPhoto").stream()
                .filter(r -> String.valueOf(officer.id()).equals(r.chatId())).count() == 3);
        RecordedRequest file = await().atMost(WAIT).until(() -> lastTo(officer, "sendDocument", null), r -> r != null);
        assertThat(EndToEndSupport.sheetRows(file.files().values().iterator().next().content()))
                .anySatisfy(row -> assertThat(row).startsWith("Chi đoàn 7301", "Chi đoàn 7301"))
                .anySatisfy(row -> assertThat(row).startsWith("Chi đoàn 7399", "Chi đoàn 7399"));
        assertThat(mongo.getCollectionNames()).as("the file went in chunks").contains("outbox_files.chunks");
        await().atMost(WAIT).until(() -> mongo.getCollection("outbox_files.chunks").countDocuments() == 0);
        assertThat(mongo.findOne(Query.query(Criteria.where("kind").is("report")), Document.class, "jobs"))
                .satisfies(job -> assertThat(job.get("doneAt")).isNotNull());
    }

    @Test
    void theResultsOfAPostToTheSubtreeAreTotalsPerSubUnitWithEveryCommentInTheFile() {
        Branch branch = linkedBranch(-100_888_000_002L, 7_401);
        Person officer = new Person(7_402, "Trần Thị", "Bình");
        Person lan = new Person(7_411, "Nguyễn Thị", "Lan");
        joinByTheGroupButton(branch, lan);
        exchange(Updates.privateText(officer, "/gopy Kế hoạch của tỉnh hạn 20/12/2026\nNội dung."), officer.id());
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(Criteria.where("_id").regex("^comment:\\d+:chat:telegram:"
                + branch.chat()).and("status").is("DELIVERED")), "outbox"));
        RecordedRequest post = sentTo(branch.chat()).stream().filter(r -> r.text() != null
                && r.text().contains("Kế hoạch của tỉnh")).findFirst().orElseThrow();
        String number = post.replyMarkup().findValuesAsText("callback_data").stream()
                .filter(d -> d.startsWith("gy:c:")).findFirst().orElseThrow().substring("gy:c:".length());
        exchange(Updates.press(lan, branch.chat(), post.resultMessageId(), "gy:c:" + number), lan.id());
        postAndAwaitReply(Updates.privateText(lan, "Ý kiến từ chi đoàn."), lan.id());

        List<RecordedRequest> answer = exchange(Updates.privateText(officer, "/gopy_ketqua " + number), officer.id());

        assertThat(answer.get(0).text()).contains("Đang tổng hợp kết quả góp ý bài #" + number);
        RecordedRequest totals = await().atMost(WAIT).until(() -> lastTo(officer, "sendMessage", "Theo đơn vị"),
                r -> r != null);
        assertThat(totals.text()).contains("Chi đoàn 7401: 1 góp ý", "trong tệp Excel").doesNotContain("Ý kiến từ");
        RecordedRequest file = await().atMost(WAIT).until(() -> lastTo(officer, "sendDocument", null), r -> r != null);
        assertThat(EndToEndSupport.sheetRows(file.files().values().iterator().next().content()))
                .anySatisfy(row -> assertThat(row).contains("Nguyễn Thị Lan", "Ý kiến từ chi đoàn."));
    }

    /** A meeting of the branch, held and closed a minute ago, one member expected and absent. */
    private void heldMeeting(String branchName) {
        String branch = mongo.findOne(Query.query(Criteria.where("name").is(branchName)), Document.class, "units")
                .getString("_id");
        Date start = Date.from(clock.instant().minus(Duration.ofMinutes(1)));
        mongo.insert(new Document("_id", "m-e2e-" + branch).append("branch", branch).append("start", start)
                .append("topic", "Sinh hoạt tháng").append("place", "Hội trường").append("recurring", false)
                .append("createdAt", start).append("closedAt", start).append("expected", List.of("nobody")), "meetings");
    }

    private RecordedRequest lastTo(Person who, String method, String containing) {
        return API.requests(method).stream().filter(r -> String.valueOf(who.id()).equals(r.chatId()))
                .filter(r -> containing == null || (r.text() != null && r.text().contains(containing)))
                .reduce((a, b) -> b).orElse(null);
    }
}
