package vn.chidoan.core.features.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Fan-out kind {@code form}: a form's cause ({@code form:<number>}) reaches its branches slice by slice
 * ({@link Forms#deliver}). When a form for several branches has reached them all, its creator is told,
 * once; when some branches could not get it, the creator is told which, once.
 */
@Component
class FormFanout implements FanoutKind {
    static final String KIND = "form";
    private static final String PREFIX = "form:";

    private final Forms forms;
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;
    private final Organisation org;

    FormFanout(Forms forms, Members members, Outbox outbox, Texts texts, Organisation org) {
        this.forms = forms;
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
        this.org = org;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String cause, List<UnitId> branches) {
        forms.find(number(cause)).ifPresent(form -> forms.deliver(form, branches));
    }

    @Override
    public void finished(String cause, int branches, List<UnitId> leftOut) {
        if (branches < 2 && leftOut.isEmpty()) {
            return;
        }
        forms.find(number(cause)).filter(form -> form.creatorAccount() != null).ifPresent(form -> {
            String lang = members.person(form.creator()).map(Person::lang).orElse(Texts.VIETNAMESE);
            Map<String, Object> model = new HashMap<>(Map.of("number", form.number(), "title", form.title(),
                    "branches", branches));
            String template = "form.reached";
            if (!leftOut.isEmpty()) {
                template = "form.partly_reached";
                model.put("reached", branches - leftOut.size());
                model.put("leftOut", leftOut.stream().map(id -> org.unit(id).map(Unit::name).orElse(id.value()))
                        .collect(Collectors.joining(", ")));
            }
            outbox.enqueue(cause + ":reached", form.creatorAccount().privateChat(),
                    OutgoingMessage.text(texts.render(template, lang, model)), Priority.BULK);
        });
    }

    private static long number(String cause) {
        return Long.parseLong(cause.substring(PREFIX.length()));
    }
}
