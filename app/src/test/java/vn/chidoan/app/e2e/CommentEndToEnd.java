package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.TravellingClock;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * Posts for comment on Telegram, end to end, from a group whose secretary posts with {@code /gopy}. The
 * app's clock ticks in real time from a chosen day and can jump ahead, so Quartz really fires.
 */
@Import(CommentEndToEnd.Travel.class)
abstract class CommentEndToEnd extends TelegramEndToEnd {
    static final TravellingClock CLOCK = new TravellingClock(vn("2026-06-01T08:00"));
    static final Duration FIRING = Duration.ofSeconds(45);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POST_NUMBER = Pattern.compile("gy:c:(\\d+)");
    private static final Pattern CONFIRMED = Pattern.compile("/gopy_ketqua (\\d+)");

    @TestConfiguration(proxyBeanMethods = false)
    static class Travel {
        @Bean
        @Primary
        Clock travellingClock() {
            return CLOCK;
        }
    }

    /** A branch and three members who joined by its group's button. */
    record Members(Branch branch, Person lan, Person minh, Person hoa) {
    }

    Members membersOf(Branch branch, long base) {
        Members members = new Members(branch, new Person(base + 1, "Nguyễn Thị", "Lan"),
                new Person(base + 2, "Trần Văn", "Minh"), new Person(base + 3, "Lê Thị", "Hoa"));
        List.of(members.lan(), members.minh(), members.hoa()).forEach(member -> joinByTheGroupButton(branch, member));
        return members;
    }

    /** The secretary posts in the group; returns the post as the group got it, once it is delivered. */
    RecordedRequest publish(Branch branch, String command) {
        List<RecordedRequest> answer = exchange(Updates.groupText(branch.secretary(), branch.chat(), command),
                branch.chat());
        assertThat(answer).as("the confirmation").anySatisfy(r -> assertThat(r.text()).contains("Đã đăng"));
        String number = confirmedNumber(answer);
        String key = "comment:" + number + ":chat:telegram:" + branch.chat();
        await().atMost(WAIT).until(() -> "DELIVERED".equals(status(key)));
        return sentTo(branch.chat()).stream().filter(r -> r.replyMarkup() != null
                && r.replyMarkup().findValuesAsText("callback_data").contains("gy:c:" + number)).findFirst().orElseThrow();
    }

    private static String confirmedNumber(List<RecordedRequest> answer) {
        return answer.stream().map(r -> CONFIRMED.matcher(String.valueOf(r.text()))).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElseThrow(() -> new AssertionError("no confirmation in " + answer));
    }

    static String postNumber(RecordedRequest post) {
        Matcher number = POST_NUMBER.matcher(post.replyMarkup().toString());
        assertThat(number.find()).isTrue();
        return number.group(1);
    }

    /** A message in the group that replies to the bot's post. */
    String replyTo(Person who, Branch branch, RecordedRequest post, String text) {
        try {
            ObjectNode update = (ObjectNode) JSON.readTree(Updates.groupText(who, branch.chat(), text));
            ObjectNode message = (ObjectNode) update.get("message");
            ObjectNode replied = message.putObject("reply_to_message");
            replied.put("message_id", Long.parseLong(post.resultMessageId())).put("date", 1_760_000_000)
                    .put("text", "...");
            replied.putObject("from").put("id", API.botId()).put("is_bot", true).put("first_name", "Chi Đoàn Số")
                    .put("username", API.botUsername());
            replied.set("chat", message.get("chat"));
            return update.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String status(String outboxKey) {
        Document entry = mongo.findById(outboxKey, Document.class, "outbox");
        return entry == null ? null : entry.getString("status");
    }

    static List<List<String>> rows(RecordedRequest document) {
        return EndToEndSupport.sheetRows(document.files().values().iterator().next().content());
    }

    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MutableClock.VIETNAM).toInstant();
    }
}
