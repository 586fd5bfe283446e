package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.telegram.testing.RecordedRequest;
import vn.chidoan.telegram.testing.TelegramFixtures;

/**
 * Issue 15 end to end through the fake Bot API: a sign-up with two places filled by three members (the
 * third waits, the counts are edited in place), a withdrawal that promotes the one waiting, the results
 * file; a poll sent as a native poll, answered by Telegram's {@code poll_answer}, counted with a chart.
 */
class RegistrationScenariosTest extends TelegramEndToEnd {
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void fastCounts(DynamicPropertyRegistry registry) {
        registry.add("chidoan.forms.counts-batch", () -> "1s");
        registry.add("chidoan.forms.tick-interval", () -> "200ms");
    }

    @Test
    void aSignUpFillsItsPlacesPromotesTheOneWaitingAndGivesTheResults() throws Exception {
        Branch branch = linkedBranch(-100_888_000_001L, 8_001);
        Person an = new Person(8_004, "Nguyễn Văn", "An");
        Person binh = new Person(8_005, "Trần Thị", "Bình");
        Person chi = new Person(8_006, "Lê Thị", "Chi");
        List.of(an, binh, chi).forEach(member -> joinByTheGroupButton(branch, member));

        post(Updates.groupText(branch.secretary(), branch.chat(), "/dangky_tao Hiến máu e2e | 2 chỗ"));
        RecordedRequest formPost = found(() -> sentTo(branch.chat()).stream()
                .filter(r -> r.text() != null && r.text().contains("Đăng ký: Hiến máu e2e")).findFirst().orElse(null));
        String register = formPost.replyMarkup().findValuesAsText("callback_data").stream()
                .filter(d -> d.startsWith("dk:r:")).findFirst().orElseThrow();
        String number = register.substring("dk:r:".length());
        for (Person member : List.of(an, binh, chi)) {
            exchange(Updates.press(member, branch.chat(), formPost.resultMessageId(), register), branch.chat());
        }

        assertThat(found(() -> toast("thứ tự 1"))).isNotNull();
        RecordedRequest edited = found(() -> API.requests("editMessageText").stream()
                .filter(r -> String.valueOf(branch.chat()).equals(r.chatId()) && r.text().contains("1 chờ"))
                .findFirst().orElse(null));
        assertThat(edited.text()).contains("<b>2/2</b> đã đăng ký · 1 chờ", "Bấm «Đăng ký» là xong");
        assertThat(edited.param("message_id")).isEqualTo(formPost.resultMessageId());

        exchange(Updates.press(an, an.id(), "1", "dk:w:" + number), an.id());
        RecordedRequest promoted = found(() -> sentTo(chi.id()).stream()
                .filter(r -> r.text().contains("Bạn đã có chỗ")).findFirst().orElse(null));
        assertThat(promoted.text()).contains("Hiến máu e2e", "2/2");

        exchange(Updates.groupText(branch.secretary(), branch.chat(), "/dangky_ketqua " + number), branch.chat());
        RecordedRequest file = found(() -> API.requests("sendDocument").stream()
                .filter(r -> String.valueOf(branch.secretary().id()).equals(r.chatId())).findFirst().orElse(null));
        assertThat(EndToEndSupport.sheetRows(file.files().values().iterator().next().content()))
                .anySatisfy(row -> assertThat(row).contains("Trần Thị Bình"))
                .anySatisfy(row -> assertThat(row).contains("Lê Thị Chi"));
    }

    @Test
    void aPollIsANativePollWhoseNamedAnswersAreCountedAndCharted() throws Exception {
        Branch branch = linkedBranch(-100_888_000_002L, 8_101);
        Person dung = new Person(8_104, "Phạm Thị", "Dung");
        joinByTheGroupButton(branch, dung);

        exchange(Updates.groupText(branch.secretary(), branch.chat(),
                "/binhchon Đi dã ngoại ở đâu? | Huế | Hội An"), branch.chat());
        RecordedRequest sentPoll = found(() -> API.requests("sendPoll").stream()
                .filter(r -> String.valueOf(branch.chat()).equals(r.chatId()) && r.succeeded()).findFirst()
                .orElse(null));
        assertThat(sentPoll.param("question")).isEqualTo("Đi dã ngoại ở đâu?");
        assertThat(sentPoll.param("is_anonymous")).isEqualTo("false");
        String pollId = JSON.readTree(sentPoll.response()).at("/result/poll/id").asText();
        // The bot learns which Telegram poll is which once it has recorded the delivery, a moment after
        // the fake API answered; a vote in between is not counted (noted as a known limit).
        found(() -> mongo.findById("telegram:" + pollId, Document.class, "poll_natives"));

        String answer = answer(TelegramFixtures.update("poll_answer.json"), pollId, dung, 1);
        assertThat(post(answer)).isEqualTo(200);
        awaitSettled(updateId(answer));
        List<RecordedRequest> results = exchange(Updates.groupText(branch.secretary(), branch.chat(),
                "/binhchon_ketqua"), branch.chat());

        assertThat(results).anySatisfy(r -> assertThat(r.text()).contains("Hội An: <b>1</b> (100%)",
                "Huế: <b>0</b>"));
        assertThat(results).anySatisfy(r -> assertThat(r.is("sendPhoto")).isTrue());
    }

    /** Telegram's poll_answer fixture, as {@code who} choosing {@code option} in the poll {@code pollId}. */
    private static String answer(String fixture, String pollId, Person who, int option) throws Exception {
        ObjectNode update = (ObjectNode) JSON.readTree(fixture);
        update.put("update_id", Updates.nextUpdateId());
        ObjectNode answer = (ObjectNode) update.get("poll_answer");
        answer.put("poll_id", pollId);
        answer.set("user", who.json());
        answer.putArray("option_ids").add(option);
        return update.toString();
    }

    private static RecordedRequest toast(String text) {
        return API.requests("answerCallbackQuery").stream()
                .filter(r -> r.param("text") != null && r.param("text").contains(text)).findFirst().orElse(null);
    }

    private static <T> T found(Supplier<T> what) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(what::get, Objects::nonNull);
    }
}
