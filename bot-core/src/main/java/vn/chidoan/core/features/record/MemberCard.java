package vn.chidoan.core.features.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.pipeline.Roles;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * A member's card for the BCH ({@code record.card.text}): their record, status, honours and latest
 * history, with a button for each operation the one looking may start on them now.
 */
@Component
class MemberCard {
    static final int HISTORY_SHOWN = 5;

    private final Records records;
    private final HistoryLines history;
    private final RecordView view;
    private final Organisation org;
    private final List<RecordOperation> operations;

    MemberCard(Records records, HistoryLines history, RecordView view, Organisation org,
            List<RecordOperation> operations) {
        this.records = records;
        this.history = history;
        this.view = view;
        this.org = org;
        this.operations = operations.stream().sorted(Comparator.comparingInt(RecordOperation::order)).toList();
    }

    void show(RecordTarget target, Replies replies) {
        Map<String, Object> model = new HashMap<>(view.model(target.record(), replies));
        model.put("name", target.name());
        model.put("number", target.entry().number());
        org.unit(target.branch()).map(Unit::name).ifPresent(name -> model.put("branch", name));
        if (target.entry().role() != Role.MEMBER) {
            model.put("role", Roles.label(replies, target.entry().role()));
        }
        model.put("noAccount", !target.entry().hasAccount());
        history.put(model, records.history(target.entry().person(), HISTORY_SHOWN), replies);
        replies.say("record.card.text", model, buttons(target, replies));
    }

    private List<List<Button>> buttons(RecordTarget target, Replies replies) {
        List<Button> offered = new ArrayList<>();
        for (RecordOperation op : operations) {
            if (RecordTargets.mayStart(target, op) && op.offered(target)) {
                offered.add(Button.action(replies.label("record.op." + op.key()), "hso:" + op.key() + ":"
                        + RecordTargets.ref(target.branch(), target.entry().person())));
            }
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < offered.size(); i += 2) {
            rows.add(offered.subList(i, Math.min(i + 2, offered.size())));
        }
        return rows;
    }
}
