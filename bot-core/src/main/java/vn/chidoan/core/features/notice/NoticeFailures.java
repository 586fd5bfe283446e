package vn.chidoan.core.features.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * A failed message as the sender reads it: the branch it was for (the group's branch, even after the bot
 * was removed from it; a member's branch among the notice's) and why, in words: the bot was removed from
 * the group, the person blocked the bot, the chat cannot be reached, the platform kept failing, or what it
 * refused. The reasons are the outbox's, which are the platforms' words.
 */
@Component
class NoticeFailures {
    private final Organisation org;
    private final Members members;
    private final Texts texts;

    NoticeFailures(Organisation org, Members members, Texts texts) {
        this.org = org;
        this.members = members;
        this.texts = texts;
    }

    /** One line per failure, as {@code notice.failure_line} renders it. */
    String lines(Notice notice, List<Deliveries.Failure> failures, String lang) {
        List<String> lines = new ArrayList<>();
        for (Deliveries.Failure failure : failures) {
            String branch = branchOf(notice, failure.chat()).flatMap(org::unit).map(Unit::name)
                    .orElse(failure.chat().key());
            lines.add(texts.render("notice.failure_line", lang, Map.of("branch", branch,
                    "reason", texts.plain(reasonKey(failure.reason()), lang))).markup());
        }
        return String.join("\n", lines);
    }

    static String reasonKey(String reason) {
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (lower.contains("kicked") || lower.contains("not a member") || lower.contains("chat not found")) {
            return "notice.failure.removed";
        }
        if (lower.contains("blocked") || lower.contains("initiate") || lower.contains("deactivated")
                || lower.contains("isn't available")) {
            return "notice.failure.blocked";
        }
        if (lower.startsWith("unreachable")) {
            return "notice.failure.unreachable";
        }
        return lower.startsWith("gave up") ? "notice.failure.gave_up" : "notice.failure.refused";
    }

    /** A group's branch, or else the branch of the person whose private chat it is (it shares their id). */
    private Optional<UnitId> branchOf(Notice notice, ChatRef chat) {
        return org.branchLinkedTo(chat).or(() -> members.personOf(new UserRef(chat.platform(), chat.id())).stream()
                .flatMap(p -> members.membershipsOf(p.id()).stream()).map(Membership::branch)
                .filter(notice.branches()::contains).findFirst());
    }
}
