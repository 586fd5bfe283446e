package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.messenger.testing.MessengerFixtures;
import vn.chidoan.messenger.testing.MessengerWebhooks;
import vn.chidoan.messenger.testing.RecordedSend;
import vn.chidoan.telegram.testing.RecordedRequest;

/** The foundation's scenario on Messenger, the shared fixtures, account linking and the 24-hour window. */
@ExtendWith(OutputCaptureExtension.class)
class MessengerScenariosTest extends MessengerEndToEnd {

    @Autowired
    BranchAudience audience;

    @Test
    void anOfficerCreatesABranchItsSecretaryAndAMemberJoinByCodeAndTheRosterShowsThem() {
        Branch branch = branch("3001");
        String member = "300103";

        List<RecordedSend> asked = opens(member, branch.joinCode());
        assertThat(asked).singleElement().satisfies(question -> {
            assertThat(question.text()).contains("13/2023");
            assertThat(question.postbacks()).contains("consent:y:" + branch.joinCode(), "consent:n");
            assertThat(question.messagingType()).isEqualTo("RESPONSE");
        });
        List<RecordedSend> joined = presses(member, "consent:y:" + branch.joinCode());
        says(member, "Phạm Thị Dung");

        assertThat(texts(joined)).contains(branch.name(), "họ và tên");
        assertThat(texts(says(branch.secretary(), "/thanhvien"))).contains("Lê Văn Cường", "Phạm Thị Dung");
    }

    @Test
    void aMemberTryingAnOfficerCommandIsRefusedAndNothingIsCreated() {
        Branch branch = branch("3002");
        String member = "300203";
        join(member, branch.joinCode(), "Nguyễn Văn Nam");

        List<RecordedSend> refusal = says(member, "/chidoan_them Chi đoàn Giả");

        assertThat(texts(refusal)).contains("cán bộ Đoàn cấp trên", "/start");
        assertThat(mongo.exists(Query.query(Criteria.where("name").is("Chi đoàn Giả")), "units")).isFalse();
    }

    @Test
    void everyMessengerFixtureIsAcceptedAndHandledWithoutAnErrorLog(CapturedOutput output) {
        for (String name : MessengerFixtures.webhookNames()) {
            assertThat(post(MessengerFixtures.webhook(name))).as(name).isEqualTo(200);
        }
        await().atMost(WAIT).until(() -> !mongo.exists(Query.query(Criteria.where("status").in("PENDING",
                "PROCESSING")), "inbound_events") && !mongo.exists(Query.query(Criteria.where("status").in("PENDING",
                        "SENDING")), "outbox"));

        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("messenger:mid:mid.$cAADm2iMEJj1j7L7SdFdu3mLQhvHK")
                .and("status").is("DONE")), "inbound_events")).isTrue();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("messenger:optin:1066835436691078:1461167227231")),
                "inbound_events")).isTrue();
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void facebooksVerificationIsAnsweredOnlyWithTheVerifyToken() {
        Document note = Document.parse(MessengerFixtures.webhook(MessengerFixtures.VERIFICATION));
        String query = note.getString("raw_query_string");

        assertThat(get(query).statusCode()).as("the fixture's token is not ours")
                .isEqualTo(note.get("on_token_mismatch", Document.class).getInteger("status"));
        var verified = get(query.replace("hub.verify_token=token", "hub.verify_token=" + VERIFY_TOKEN));
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).isEqualTo(note.get("expected_response", Document.class).getString("body"));
    }

    @Test
    void aForgedOrMissingSignatureIsRefusedAndNothingIsStored() {
        String body = MessengerWebhooks.text("300401", "/trogiup", "mid.forged.1");
        String key = MessengerWebhooks.keyOf(body);

        assertThat(post(body, MessengerWebhooks.sign("not-the-app-secret", body))).isEqualTo(403);
        assertThat(post(body, null)).isEqualTo(401);

        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(key)), "inbound_events")).isFalse();
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        String psid = "300501";
        String help = MessengerWebhooks.text(psid, "/trogiup", "mid.twice.1");
        exchange(help, psid);

        assertThat(post(help)).as("a replay is acknowledged").isEqualTo(200);
        says(psid, "/toi");

        assertThat(GRAPH.sendsTo(psid)).as("one reply to /trogiup, one to /toi").hasSize(2);
    }

    @Test
    void aMemberLinksTheirTelegramAccountAndIsOnePersonOnBothPlatforms() {
        Branch branch = branch("3006");
        Person onTelegram = new Person(3_006_004, "Hoàng Thị", "Mai");
        String linkCode = joinOnTelegramAndShowLinkCode(onTelegram, branch);
        String psid = "300604";

        List<RecordedSend> asked = opens(psid, linkCode);
        assertThat(texts(asked)).contains("Hoàng Thị Mai", branch.name(), "Telegram", "chính là bạn");
        assertThat(texts(presses(psid, accept(asked)))).contains("Đã liên kết");

        assertThat(texts(says(psid, "/toi"))).contains("Hoàng Thị Mai", branch.name());
    }

    @Test
    void outsideTheWindowAPostGoesToTheLinkedTelegramAccountOrWaitsForTheMembersNextMessage() {
        Branch branch = branch("3007");
        String onlyMessenger = "300703";
        join(onlyMessenger, branch.joinCode(), "Đỗ Văn Hùng");
        Person onTelegram = new Person(3_007_004, "Vũ Thị", "Lan");
        String linked = "300704";
        presses(linked, accept(opens(linked, joinOnTelegramAndShowLinkCode(onTelegram, branch))));
        closeWindow(onlyMessenger);
        closeWindow(linked);
        int telegramBefore = sentOnTelegram(onTelegram).size();

        audience.post("e2e:notice:3007", branchId(branch), OutgoingMessage.text(RichText.plain(
                "Thông báo: sinh hoạt chi đoàn 19:00 thứ Sáu")), Priority.BULK);

        await().atMost(WAIT).until(() -> sentOnTelegram(onTelegram).size() > telegramBefore);
        assertThat(sentOnTelegram(onTelegram).get(telegramBefore).text()).contains("sinh hoạt chi đoàn 19:00");
        String held = "e2e:notice:3007:chat:messenger:" + onlyMessenger;
        await().atMost(WAIT).until(() -> "HELD".equals(status(held)));
        assertThat(status("e2e:notice:3007:chat:messenger:" + linked)).isEqualTo("FORWARDED");
        assertThat(GRAPH.sendsTo(onlyMessenger)).noneMatch(s -> s.text() != null && s.text().contains("19:00"));

        says(onlyMessenger, "/toi");

        await().atMost(WAIT).until(() -> "DELIVERED".equals(status(held)));
        assertThat(GRAPH.sendsTo(onlyMessenger)).last().satisfies(s -> assertThat(s.text()).contains("19:00"));
    }

    @Test
    void whenTheSendApiSaysTheWindowClosedTheReplyIsHeldUntilThePersonWritesAgain() {
        String psid = "300801";
        says(psid, "/trogiup");
        GRAPH.failNextWith("error_10_outside_window.json");

        List<RecordedSend> refused = says(psid, "/toi");
        assertThat(refused).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(400));

        List<RecordedSend> later = says(psid, "xin chào");
        await().atMost(WAIT).until(() -> GRAPH.sendsTo(psid).stream().filter(RecordedSend::succeeded).count() >= 3);
        assertThat(GRAPH.sendsTo(psid).stream().filter(RecordedSend::succeeded).map(RecordedSend::text))
                .anyMatch(text -> text.contains("Mình chưa lưu thông tin nào của bạn"));
        assertThat(later).isNotEmpty();
    }

    /** The "accept" button of the question a link code asks. */
    private static String accept(List<RecordedSend> asked) {
        return asked.stream().flatMap(s -> s.postbacks().stream()).filter(p -> p.startsWith("lk:y:")).findFirst()
                .orElseThrow(() -> new AssertionError("no accept button in " + texts(asked)));
    }

    /** A Telegram user joins the branch with its code, then {@code /toi} shows the code that links Messenger. */
    private String joinOnTelegramAndShowLinkCode(Person person, Branch branch) {
        RecordedRequest asked = telegramReply(person, Updates.privateText(person, "/start " + branch.joinCode()));
        String agree = asked.replyMarkup().findValuesAsText("callback_data").stream()
                .filter(d -> d.startsWith("consent:y")).findFirst().orElseThrow();
        telegramReply(person, Updates.press(person, person.id(), asked.resultMessageId(), agree));
        RecordedRequest me = telegramReply(person, Updates.privateText(person, "/toi"));
        return mmeRef(me.text());
    }


    /** The person's last message was a day and an hour ago. */
    private void closeWindow(String psid) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is("messenger:" + psid)),
                Update.update("lastInboundAt", Date.from(Instant.now().minus(Duration.ofHours(25)))), "chat_windows");
    }

    private UnitId branchId(Branch branch) {
        return new UnitId(mongo.findOne(Query.query(Criteria.where("name").is(branch.name())), Document.class, "units")
                .get("_id").toString());
    }

    private String status(String outboxKey) {
        Document entry = mongo.findById(outboxKey, Document.class, "outbox");
        return entry == null ? null : entry.getString("status");
    }
}
