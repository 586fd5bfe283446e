package vn.chidoan.core.features.form;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * Fan-out kind {@code form}: a form's cause ({@code form:<number>}) reaches its branches slice by slice
 * ({@link Forms#deliver}). When a form for several branches has reached them all, its creator is told,
 * once.
 */
@Component
class FormFanout implements FanoutKind {
    static final String KIND = "form";
    private static final String PREFIX = "form:";

    private final Forms forms;
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;

    FormFanout(Forms forms, Members members, Outbox outbox, Texts texts) {
        this.forms = forms;
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
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
    public void finished(String cause, int branches) {
        if (branches < 2) {
            return;
        }
        forms.find(number(cause)).filter(form -> form.creatorAccount() != null).ifPresent(form -> {
            String lang = members.person(form.creator()).map(Person::lang).orElse(Texts.VIETNAMESE);
            outbox.enqueue(cause + ":reached", form.creatorAccount().privateChat(),
                    OutgoingMessage.text(texts.render("form.reached", lang,
                            Map.of("number", form.number(), "title", form.title(), "branches", branches))),
                    Priority.BULK);
        });
    }

    private static long number(String cause) {
        return Long.parseLong(cause.substring(PREFIX.length()));
    }
}
