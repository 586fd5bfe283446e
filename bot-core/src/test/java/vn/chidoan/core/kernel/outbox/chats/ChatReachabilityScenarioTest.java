package vn.chidoan.core.kernel.outbox.chats;

import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * The chat-reachability tests, run on each database by a clock standing at {@link OutboxFixture#START}: a
 * group, the platform's answer when the bot was kicked from it, and what the platform delivers about a chat.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class ChatReachabilityScenarioTest {
    static final ChatRef GROUP = telegram("-100555");
    static final String KICKED = "Forbidden: bot was kicked from the supergroup chat";

    @Parameter
    Database db;

    final MutableClock clock = new MutableClock(OutboxFixture.START);

    static Inbound membership(ChatRef chat, ChatKind kind, Inbound.BotStatus status) {
        return new Inbound.BotMembershipChanged(chat, kind, "Chi đoàn", speaker(chat), status);
    }

    static Inbound message(ChatRef chat, ChatKind kind) {
        return new Inbound.MessageReceived(chat, kind, speaker(chat), "/start gy2", null, "1", false, null, null);
    }

    static Speaker speaker(ChatRef chat) {
        return new Speaker(new UserRef(chat.platform(), "5001"), "An", null, "vi");
    }
}
