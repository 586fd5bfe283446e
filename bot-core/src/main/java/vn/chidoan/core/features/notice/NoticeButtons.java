package vn.chidoan.core.features.notice;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.org.unit.Unit;

/**
 * The buttons of notices: {@code tb:a:<n>} «Đã nhận» under a notice and its reminders, {@code tb:f:<n>}
 * «Chuyển tiếp» under an officer's copy. Each press is a request, checked now against the presser's role
 * on the notice's branch, or their units below the notice's.
 */
@Component
class NoticeButtons implements ButtonAction {
    static final String PREFIX = "tb";

    private final Acknowledgements acknowledgements;
    private final Notices notices;
    private final NoticeRights rights;
    private final Conversations conversations;

    NoticeButtons(Acknowledgements acknowledgements, Notices notices, NoticeRights rights,
            Conversations conversations) {
        this.acknowledgements = acknowledgements;
        this.notices = notices;
        this.rights = rights;
        this.conversations = conversations;
    }

    static String data(String action, long notice) {
        return PREFIX + ":" + action + ":" + notice;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        if (parts.length != 2 || !parts[1].matches("\\d{1,12}")) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        long number = Long.parseLong(parts[1]);
        switch (parts[0]) {
            case "a" -> acknowledge(ctx, number);
            case "f" -> forward(ctx, number);
            default -> ctx.toast("pipeline.button_expired");
        }
    }

    private void acknowledge(ButtonContext ctx, long number) {
        Acknowledgements.Pressed pressed = acknowledgements.press(number, ctx.caller(), ctx.press().chat(),
                ctx.press().kind());
        ctx.toast(switch (pressed.outcome()) {
            case ACKED -> "notice.toast.acked";
            case ALREADY_ACKED -> "notice.toast.already_acked";
            case SEEN -> "notice.toast.seen";
            case ALREADY_SEEN -> "notice.toast.already_seen";
            case NOT_MEMBER -> "notice.toast.not_member";
        });
    }

    private void forward(ButtonContext ctx, long number) {
        Notice notice = notices.get(number);
        Optional<Unit> from = rights.forwardsFrom(ctx.caller(), notice);
        if (from.isEmpty() || ctx.press().kind() != ChatKind.PRIVATE) {
            ctx.toast("notice.toast.cannot_forward");
            return;
        }
        NoticeFlow.forward(conversations, ctx.caller(), ctx.replies(), NoticeDraft.forwarding(notice, from.get().id()),
                notice, from.get());
    }
}
