package vn.chidoan.core.features.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * {@code /hoso}: a member's own record in their private chat, with its history and buttons to correct
 * what is theirs to correct (phone, gender); the rest the BCH corrects.
 */
@Component
class OwnRecordCommand implements Command {
    static final int HISTORY_SHOWN = 10;
    private static final CommandSpec SPEC = CommandSpec.command("hoso").minRole(Role.MEMBER)
            .place(Place.PRIVATE).build();

    private final Records records;
    private final Members members;
    private final RecordView view;
    private final HistoryLines history;

    OwnRecordCommand(Records records, Members members, RecordView view, HistoryLines history) {
        this.records = records;
        this.members = members;
        this.view = view;
        this.history = history;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        show(ctx.caller(), ctx.replies());
    }

    void show(Caller caller, Replies replies) {
        Optional<MemberRecord> found = own(caller);
        if (found.isEmpty()) {
            replies.say("record.own.none");
            return;
        }
        MemberRecord record = found.get();
        Map<String, Object> model = new HashMap<>(view.model(record, replies));
        history.put(model, records.history(record.person(), HISTORY_SHOWN), replies);
        List<List<Button>> rows = new ArrayList<>();
        for (Field field : Field.values()) {
            if (field.selfEditable()) {
                rows.add(List.of(Button.action(replies.label("record.own.correct." + field.key()),
                        OwnEditButtons.PREFIX + ":" + field.key())));
            }
        }
        replies.say("record.own.text", model, rows);
    }

    /** The caller's record, opened in their latest branch if they are a member without one yet. */
    private Optional<MemberRecord> own(Caller caller) {
        if (!caller.known()) {
            return Optional.empty();
        }
        Optional<MemberRecord> record = records.find(caller.person());
        if (record.isPresent()) {
            return record;
        }
        return members.membershipsOf(caller.person()).stream().findFirst().map(Membership::branch)
                .map(branch -> records.open(caller.person(), branch));
    }
}
