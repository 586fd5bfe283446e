package vn.chidoan.core.features.poll;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;

/**
 * The buttons of a poll where the platform draws none: {@code bc:v:<poll>:<option>} votes for one option
 * (or, on a poll of several answers, opens a ballot in the presser's private chat with it ticked),
 * {@code bc:t:<poll>:<ticked>:<option>} ticks or unticks an option on the ballot, {@code bc:s:<poll>:<ticked>}
 * sends the ballot. Anyone may press them; each press checks again that the poll is open and reached the
 * presser's branch.
 */
@Component
class PollButtons implements ButtonAction {
    private final Polls polls;
    private final PrivateChannel channel;
    private final Texts texts;

    PollButtons(Polls polls, PrivateChannel channel, Texts texts) {
        this.polls = polls;
        this.channel = channel;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return "bc";
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        if (parts.length < 3 || !ctx.args().matches("[vts](:\\d{1,9}){2,3}")) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        Poll poll = polls.find(Long.parseLong(parts[1])).filter(p -> polls.rights().branchOf(p, ctx.caller())
                .isPresent()).orElseThrow(() -> new BadInput("poll.unavailable"));
        int value = Integer.parseInt(parts[2]);
        switch (parts[0]) {
            case "v" -> option(ctx, poll, value);
            case "t" -> tick(ctx, poll, value, parts.length == 4 ? Integer.parseInt(parts[3]) : Integer.MAX_VALUE);
            default -> send(ctx, poll, value);
        }
    }

    private void option(ButtonContext ctx, Poll poll, int option) {
        if (option >= poll.options().size()) {
            expired(ctx);
        } else if (poll.multiple()) {
            ballot(ctx, poll, 1 << option);
        } else {
            cast(ctx, poll, Set.of(option));
        }
    }

    private void tick(ButtonContext ctx, Poll poll, int ticked, int option) {
        if (option >= poll.options().size()) {
            expired(ctx);
            return;
        }
        ballot(ctx, poll, ticked ^ (1 << option));
    }

    private void send(ButtonContext ctx, Poll poll, int ticked) {
        Set<Integer> chosen = PollMessages.options(ticked, poll.options().size());
        if (chosen.isEmpty()) {
            ctx.toast("poll.toast.pick");
            return;
        }
        cast(ctx, poll, chosen);
    }

    private void ballot(ButtonContext ctx, Poll poll, int ticked) {
        if (!poll.openAt(polls.clock().instant())) {
            ctx.toast("poll.toast.closed");
            return;
        }
        Optional<Replies> own = channel.of(ctx);
        if (own.isEmpty()) {
            ctx.toast("poll.toast.start_first");
            return;
        }
        OutgoingMessage ballot = PollMessages.ballot(poll, ticked, texts, ctx.replies().lang(), polls.clock());
        boolean inPlace = ctx.press().kind() == ChatKind.PRIVATE
                && Capabilities.of(ctx.press().chat().platform()).edits() && ctx.press().messageId() != null
                && ctx.press().data().startsWith("bc:t:");
        own.get().send(inPlace ? ballot.editing(ctx.press().messageId()) : ballot);
    }

    private void cast(ButtonContext ctx, Poll poll, Set<Integer> chosen) {
        Polls.Cast cast = polls.vote(poll, ctx.caller(), chosen);
        String picked = chosen.stream().map(poll.options()::get).collect(Collectors.joining(", "));
        switch (cast) {
            case COUNTED -> ctx.toast("poll.toast.counted", Map.of("options", picked));
            case CHANGED -> ctx.toast("poll.toast.changed", Map.of("options", picked));
            case ALREADY -> ctx.toast("poll.toast.already");
            case CLOSED -> ctx.toast("poll.toast.closed");
        }
        if (poll.multiple() && (cast == Polls.Cast.COUNTED || cast == Polls.Cast.CHANGED)) {
            ctx.replies().say("poll.voted", Map.of("question", poll.question(), "options", picked,
                    "anonymous", poll.anonymous()));
        }
    }

    private static void expired(ButtonContext ctx) {
        ctx.toast("pipeline.button_expired");
    }
}
