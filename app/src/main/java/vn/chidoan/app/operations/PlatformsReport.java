package vn.chidoan.app.operations;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.PlatformStatus;
import vn.chidoan.core.kernel.outbox.PlatformSender;

/**
 * Says in the log, once started, which chat platforms are on. A platform is on when its adapter
 * provides a {@link PlatformSender} (only when its token is configured), or a {@link PlatformStatus}
 * for the app's health (the sandbox, whose sender lives in its own context).
 */
@Component
class PlatformsReport {
    private static final Logger log = LoggerFactory.getLogger(PlatformsReport.class);
    private final ObjectProvider<PlatformSender> senders;
    private final ObjectProvider<PlatformStatus> statuses;

    PlatformsReport(ObjectProvider<PlatformSender> senders, ObjectProvider<PlatformStatus> statuses) {
        this.senders = senders;
        this.statuses = statuses;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        Set<Platform> on = EnumSet.noneOf(Platform.class);
        senders.orderedStream().forEach(sender -> on.add(sender.platform()));
        statuses.orderedStream().forEach(status -> on.add(status.platform()));
        log.info(describe(on));
    }

    static String describe(Set<Platform> on) {
        if (on.isEmpty()) {
            return "Chat platforms: none is on. Set CHIDOAN_TELEGRAM_TOKEN or CHIDOAN_MESSENGER_PAGE_TOKEN"
                    + " to connect one; without tokens, the sandbox is the way to try the bot.";
        }
        Set<Platform> off = EnumSet.allOf(Platform.class);
        off.removeAll(on);
        return "Chat platforms on: " + codes(EnumSet.copyOf(on)) + "; off: " + (off.isEmpty() ? "none" : codes(off)) + ".";
    }

    private static String codes(Set<Platform> platforms) {
        return platforms.stream().map(Platform::code).collect(Collectors.joining(", "));
    }
}
