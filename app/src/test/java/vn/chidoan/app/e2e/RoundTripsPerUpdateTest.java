package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.app.testing.CountedCommands;

/**
 * What one ordinary update costs the database, counted on the driver: the commands sent by the
 * webhook's request and the inbound lane for it, from the post until its answer is stored and it is
 * recorded as handled (one update alone, so its DONE is a write of its own; under a flood one write
 * records up to a hundred). Every command here is paid on every update at the rate the platform sends
 * them (docs/BENCHMARKS.md, "Round trips per update"): a new one fails these tests, and goes in only
 * with its reason.
 */
@Import(RoundTripsPerUpdateTest.Counting.class)
class RoundTripsPerUpdateTest extends TelegramEndToEnd {
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        CountedCommands countedCommands() {
            return new CountedCommands();
        }
    }

    @Autowired
    CountedCommands commands;

    @Test
    void aKnownPersonsCommandInTheirPrivateChatCostsFiveCommands() {
        Person someone = new Person(3_001, "Lan", null);
        postAndAwaitReply(Updates.privateText(someone, "/trogiup"), someone.id());

        List<CountedCommands.Sent> sent = countedFor(Updates.privateText(someone, "/trogiup"), someone.id());

        assertThat(sent).as("the webhook stores the update, the lane reads the chat's reachability (once: it"
                + " marks the chat heard and routes the answer), the speaker's account, stores the answer and"
                + " records the update done").extracting(CountedCommands.Sent::toString).containsExactly(
                        "insert inbound_events", "find chat_reachability", "find accounts", "insert outbox",
                        "update inbound_events");
    }

    @Test
    void aFirstMessageFromSomeoneNewAlsoRecordsTheirChatReachableOnce() {
        Person someone = new Person(3_003, "Hoa", null);

        List<CountedCommands.Sent> sent = countedFor(Updates.privateText(someone, "/trogiup"), someone.id());

        assertThat(sent).extracting(CountedCommands.Sent::toString).containsExactly("insert inbound_events",
                "find chat_reachability", "insert chat_reachability", "find accounts", "insert outbox",
                "update inbound_events");
    }

    @Test
    void chatterInAGroupTheBotIsNotLinkedToCostsFiveCommandsAndNoAnswer() {
        Person someone = new Person(3_002, "Minh", null);
        long group = -100_300_000_001L;
        exchange(Updates.groupText(someone, group, "Chào cả nhà"), group);

        List<CountedCommands.Sent> sent = countedFor(Updates.groupText(someone, group, "Chào cả nhà lần nữa"), group);

        assertThat(sent).as("stored, the speaker's account, the group's branch, the speaker's dialogue, done")
                .extracting(CountedCommands.Sent::toString).containsExactly("insert inbound_events", "find accounts",
                        "find chat_links", "find conversations", "update inbound_events");
    }

    /**
     * The commands the update cost: those of the webhook's request and the lanes, and its DONE, which
     * the lane writes when its queue is empty, or housekeeping (every second) if it comes first.
     */
    private List<CountedCommands.Sent> countedFor(String update, long chatId) {
        int mark = commands.mark();
        exchange(update, chatId);
        return commands.since(mark, thread -> true).stream().filter(c -> CountedCommands.inboundThread(c.thread())
                || c.thread().equals("inbound-housekeeping") && c.toString().equals("update inbound_events"))
                .toList();
    }
}
