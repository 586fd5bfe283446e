package vn.chidoan.core.features.notice;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.org.audience.FanoutKind;

/**
 * Fan-out kind {@code notice}: a notice ({@code notice:<number>}) reaches its branches slice by slice,
 * one outbox entry per chat under {@code notice:<number>:chat:<chat>} (the groups, and the private chats
 * of members on platforms without groups), urgent ones ahead of other bulk messages. A slice handed again
 * after a crash stores nothing twice. The sender hears how it went from {@link NoticeProgress}.
 */
@Component
class NoticeFanout implements FanoutKind {
    static final String KIND = "notice";
    private static final String PREFIX = "notice:";

    private final Notices notices;
    private final BranchAudience audience;
    private final Texts texts;
    private final Clock clock;

    NoticeFanout(Notices notices, BranchAudience audience, Texts texts, Clock clock) {
        this.notices = notices;
        this.audience = audience;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String cause, List<UnitId> branches) {
        notices.find(Long.parseLong(cause.substring(PREFIX.length()))).ifPresent(notice -> audience.post(cause,
                branches, platform -> NoticeMessages.forBranch(notice, platform, texts, clock.getZone()),
                Notices.priority(notice)));
    }
}
