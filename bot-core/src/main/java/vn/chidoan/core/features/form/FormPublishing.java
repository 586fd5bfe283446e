package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Posts a form for its creator to every branch of a unit, or of the units below it they chose, and tells
 * them where it went and how to see the results. The creator's right to post there is checked by
 * {@link Forms#publish} at this moment, not when they started.
 */
@Component
class FormPublishing {
    private final Forms forms;
    private final Organisation org;
    private final Clock clock;

    FormPublishing(Forms forms, Organisation org, Clock clock) {
        this.forms = forms;
        this.org = org;
        this.clock = clock;
    }

    Form publish(FormSpec spec, Caller caller, UnitId unit, List<UnitId> chosen, Replies replies) {
        Form form = forms.publish(spec, caller, unit, branches(unit, chosen), replies.eventKey());
        Map<String, Object> model = FormMessages.model(form, clock);
        model.put("branches", form.branches().size());
        replies.say("form.create.published", model);
        return form;
    }

    /** Every branch of the unit, or of the chosen units below it, each once. */
    List<UnitId> branches(UnitId unit, List<UnitId> chosen) {
        if (unit == null) {
            throw new BadInput("form.create.no_branches");
        }
        if (chosen.isEmpty()) {
            return org.branchesWithin(unit);
        }
        Set<UnitId> all = new LinkedHashSet<>();
        chosen.forEach(child -> all.addAll(org.branchesWithin(child)));
        return List.copyOf(all);
    }

    boolean isBranch(UnitId unit) {
        return org.unit(unit).map(Unit::kind).filter(kind -> kind.isBranch()).isPresent();
    }

    /** The units directly below, for an officer to choose from. */
    List<Unit> children(UnitId unit) {
        return isBranch(unit) ? List.of() : org.children(unit, CreateSteps.MAX_UNITS);
    }
}
