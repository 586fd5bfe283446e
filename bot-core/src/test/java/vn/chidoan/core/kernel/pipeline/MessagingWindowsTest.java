package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * The messaging window follows what people write, heard around the handling of each stored event: a
 * private message opens the chat's window before it is handled and lets what was held go after it; a
 * group message opens nothing.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class MessagingWindowsTest {
    private static final ChatRef PRIVATE = new ChatRef(Platform.MESSENGER, "psid-1");
    private static final Speaker LAN = new Speaker(new UserRef(Platform.MESSENGER, "psid-1"), "Lan", null, "vi");

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);

    private static Inbound said(ChatRef chat, ChatKind kind) {
        return new Inbound.MessageReceived(chat, kind, LAN, "chào", null, "m1", false, null, null);
    }

    @Test
    void aPrivateMessageOpensTheWindowBeforeItIsHandledAndReleasesWhatWasHeldAfterIt() {
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(),
                FakeSender.unpaced(Platform.MESSENGER, clock));
        fx.outbox.enqueue("notice:1", PRIVATE, OutboxFixture.text("Thông báo"), Priority.BULK);
        fx.dispatcher.dispatchDue(Platform.MESSENGER);
        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.HELD);
        MessagingWindows windows = new MessagingWindows(fx.chats);
        List<Inbound> events = List.of(said(PRIVATE, ChatKind.PRIVATE));

        windows.before(events, clock.instant());
        assertThat(fx.chats.windowOpen(PRIVATE)).isTrue();
        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.HELD);
        windows.after(events);

        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void aMessageInAGroupOpensNoWindow() {
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults());
        ChatRef group = new ChatRef(Platform.MESSENGER, "group-1");

        new MessagingWindows(fx.chats).before(List.of(said(group, ChatKind.GROUP)), clock.instant());

        assertThat(fx.chats.windowOpen(group)).isFalse();
    }
}
