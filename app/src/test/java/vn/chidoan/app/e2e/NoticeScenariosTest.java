package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * Issue 17 on Telegram, end to end through the fake Bot API (which enforces Telegram's limits): an officer
 * sends a notice to the two branches below, each group gets it with «Đã nhận», the secretary acknowledges
 * for one, the officer's progress message is edited in place to the final count, and the results and
 * their Excel file come to the private chat.
 */
class NoticeScenariosTest extends TelegramEndToEnd {
    private static final Pattern ACK = Pattern.compile("tb:a:(\\d+)");
    /** The progress ticker waits ten times as long as its last tick took: on a loaded machine, seconds. */
    private static final Duration PROGRESS_PATIENCE = Duration.ofSeconds(40);

    @DynamicPropertySource
    static void fastProgress(DynamicPropertyRegistry registry) {
        registry.add("chidoan.notices.progress-interval", () -> "200ms");
    }

    @Test
    void anOfficersNoticeReachesEveryGroupIsAcknowledgedAndReported() {
        Branch first = linkedBranch(-100_888_000_001L, 8_001);
        Person officer = new Person(8_002, "Trần Thị", "Bình");
        Branch second = anotherBranch(officer, -100_888_000_002L, new Person(8_020, "Phan Văn", "Đức"));

        RecordedRequest options = postAndAwaitReply(Updates.privateText(officer,
                "/thongbao Đề nghị các chi đoàn nộp báo cáo sơ kết trước 25/3."), officer.id());
        assertThat(options.text()).contains("Thông báo sắp gửi", "(2 chi đoàn)");
        int before = sentTo(officer.id()).size();
        post(Updates.press(officer, officer.id(), options.resultMessageId(), "dlg:send"));
        // the progress message is the notice's (notice:<n>:progress, edited later), not the press's reply
        RecordedRequest progress = await(() -> sentTo(officer.id()).stream().skip(before)
                .filter(r -> r.text() != null && r.text().contains("Đang gửi tới 2 chi đoàn")).findFirst().orElse(null));

        RecordedRequest notice = await(() -> noticeIn(first.chat()));
        assertThat(notice.text()).contains("THÔNG BÁO #", "nộp báo cáo sơ kết trước 25/3");
        assertThat(await(() -> noticeIn(second.chat())).text()).isEqualTo(notice.text());
        String number = ackNumber(notice);

        post(Updates.press(first.secretary(), first.chat(), notice.resultMessageId(), "tb:a:" + number));
        assertThat(await(() -> toast("Đã xác nhận thay chi đoàn"))).isNotNull();

        RecordedRequest edited = await(() -> API.requests("editMessageText").stream()
                .filter(r -> String.valueOf(officer.id()).equals(r.chatId()) && r.text().contains("Đã gửi xong"))
                .findFirst().orElse(null), PROGRESS_PATIENCE);
        assertThat(edited.param("message_id")).isEqualTo(progress.resultMessageId());
        assertThat(edited.text()).contains("2</b>/2 tin");

        List<RecordedRequest> results = exchange(Updates.privateText(officer, "/thongbao_ketqua " + number),
                officer.id());
        assertThat(results).hasSize(2);
        assertThat(results.get(0).text()).contains("1</b>/2 chi đoàn", "Chi đoàn chưa xác nhận", "Chi đoàn 8001B");
        List<List<String>> rows = EndToEndSupport.sheetRows(results.get(1).files().values().iterator().next().content());
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.subList(1, 3)).containsExactlyInAnyOrder(
                List.of("Chi đoàn 8001", "Đã nhận"), List.of("Chi đoàn 8001B", "Chưa"));
        assertThat(API.tooManyRequests()).as("no message went over Telegram's limits").isEmpty();
    }

    /** A second branch below the officer's unit, whose secretary links the group {@code chat}. */
    private Branch anotherBranch(Person officer, long chat, Person secretary) {
        String code = codeIn(postAndAwaitReply(Updates.privateText(officer, "/chidoan_them Chi đoàn 8001B"),
                officer.id()));
        registerWith(secretary, code);
        exchange(Updates.botAdded(secretary, chat, API.botId(), API.botUsername()), chat);
        exchange(Updates.groupText(secretary, chat, "/lienket " + code), chat);
        return new Branch(chat, secretary, null);
    }

    private RecordedRequest noticeIn(long chat) {
        return sentTo(chat).stream().filter(r -> r.text() != null && r.text().contains("THÔNG BÁO #")).findFirst()
                .orElse(null);
    }

    private static String ackNumber(RecordedRequest notice) {
        String data = notice.replyMarkup().findValuesAsText("callback_data").stream().filter(d -> d.startsWith("tb:a:"))
                .findFirst().orElseThrow();
        Matcher number = ACK.matcher(data);
        assertThat(number.matches()).isTrue();
        return number.group(1);
    }

    private static RecordedRequest toast(String text) {
        return API.requests("answerCallbackQuery").stream()
                .filter(r -> r.param("text") != null && r.param("text").contains(text)).findFirst().orElse(null);
    }

    private static <T> T await(Supplier<T> found) {
        return await(found, WAIT);
    }

    private static <T> T await(Supplier<T> found, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            API.awaitRequests("sendMessage", API.requests("sendMessage").size() + 1, Duration.ofMillis(100));
        }
        throw new AssertionError("not seen within " + patience);
    }
}
