package vn.chidoan.core.kernel.outbox.chats;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.AlternateRoutes;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * The messaging-window tests' outbox, run on each database by a fixed clock: a member on Messenger who is
 * also on Telegram, unpaced fake senders for both platforms, and the routes a test gives.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class MessagingWindowScenarioTest {
    static final ChatRef MEMBER = new ChatRef(Platform.MESSENGER, "psid-1");
    static final ChatRef MEMBER_ON_TELEGRAM = new ChatRef(Platform.TELEGRAM, "5001");
    static final Duration DAY = Duration.ofHours(24);

    @Parameter
    Database db;

    final MutableClock clock = new MutableClock(OutboxFixture.START);
    final FakeSender messenger = FakeSender.unpaced(Platform.MESSENGER, clock);
    final FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);

    OutboxFixture outbox(AlternateRoutes... routes) {
        return new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), List.of(routes), messenger,
                telegram);
    }

    static OutgoingMessage text(String text) {
        return OutgoingMessage.text(RichText.plain(text));
    }

    static int dispatch(OutboxFixture fx) {
        return fx.dispatcher.dispatchDue(Platform.MESSENGER) + fx.dispatcher.dispatchDue(Platform.TELEGRAM);
    }
}
