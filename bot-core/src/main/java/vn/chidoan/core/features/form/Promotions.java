package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.MessageTag;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * Tells members who moved from the waitlist to a place, privately, once: their registration moves from
 * waiting to registered by one conditional update, and only the update that did it sends the message
 * (keyed by form, person and round, so a step repeated after a crash sends nothing twice). The message
 * is about an event they signed up for, so it may reach them outside Messenger's window as a confirmed
 * event's update.
 */
@Component
class Promotions {
    private final Forms forms;
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    Promotions(Forms forms, Members members, Outbox outbox, Texts texts, Clock clock) {
        this.forms = forms;
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * After a seat change: those it promoted, and when {@code thorough} anyone holding a place whose
     * registration still says waiting (a promotion whose step stopped half-way), are told.
     */
    void settle(Seats.Change change, boolean thorough) {
        Form form = change.form();
        if (!form.limited() || (change.promoted().isEmpty() && !thorough)) {
            return;
        }
        List<PersonId> candidates = thorough ? form.places() : change.promoted();
        for (Registration registration : forms.registrations().of(List.of(form.number()), candidates)) {
            if (registration.status() == Registration.Status.WAITING
                    && forms.registrations().promoted(form.number(), registration.person(), clock.instant())) {
                tell(form, registration);
            }
        }
    }

    private void tell(Form form, Registration registration) {
        List<UserRef> accounts = members.accountsOf(registration.person());
        if (accounts.isEmpty()) {
            return;
        }
        ChatRef chat = accounts.get(0).privateChat();
        String lang = members.person(registration.person()).map(Person::lang).orElse(Texts.VIETNAMESE);
        Map<String, Object> model = FormMessages.model(form, clock);
        model.put("place", form.places().indexOf(registration.person()) + 1);
        OutgoingMessage message = OutgoingMessage.text(texts.render("form.promoted", lang, model))
                .withButtons(List.of(List.of(FormButtons.withdraw(form, texts.plain("form.button.withdraw", lang)))))
                .tagged(MessageTag.CONFIRMED_EVENT_UPDATE);
        outbox.enqueue(form.cause() + ":promoted:" + registration.person().value() + ":" + registration.round(), chat,
                message, Priority.INTERACTIVE);
    }
}
