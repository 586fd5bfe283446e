package vn.chidoan.core.features.notice;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/**
 * The notice tests' province ({@link NoticeScenario}), run on each database, and how its people send,
 * press and read: a notice with a deadline of 09:00 10/03/2026, a press in a branch's group, what reached
 * someone's private chat.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class NoticeScenarioTest {
    static final Instant DEADLINE = Instant.parse("2026-03-10T02:00:00Z"); // 09:00 10/03/2026 in Vietnam

    @Parameter
    Database db;

    NoticeScenario s;

    @BeforeEach
    void province() {
        s = new NoticeScenario(db);
    }

    /** The province sends a notice with a deadline of 09:00 10/03/2026. */
    void provinceSendsWithADeadline(String text) {
        s.bot.inPrivate(s.province).says("/thongbao " + text);
        s.bot.inPrivate(s.province).presses("dlg:deadline");
        s.bot.inPrivate(s.province).says("10/03 9h");
        s.bot.inPrivate(s.province).presses("dlg:send");
    }

    Turn press(String groupId, Speaker who, String data) {
        return s.bot.inGroup(groupId, who).presses(data);
    }

    List<RecordingOutbox.Sent> toPrivate(Speaker who, String keyPrefix) {
        return s.bot.outbox().messagesTo(who.ref().privateChat()).stream().filter(m -> m.key().startsWith(keyPrefix))
                .toList();
    }

    PersonId person(Speaker who) {
        return s.bot.members().personOf(who.ref()).orElseThrow().id();
    }
}
