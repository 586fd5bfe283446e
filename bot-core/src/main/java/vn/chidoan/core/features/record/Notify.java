package vn.chidoan.core.features.record;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * Answers to someone other than the speaker, in their private chat and their language: a proposal to the
 * officers above, a transfer to the receiving secretary, a decision to whoever asked. Keyed from the
 * cause and the chat ({@code in:<cause>:<chat>:<n>}), so doing it again sends nothing twice; one chat per
 * person (their first account), the outbox taking it from there (held, or sent on their other platform,
 * outside a messaging window).
 */
@Component
public class Notify {
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;

    Notify(Members members, Outbox outbox, Texts texts) {
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** Replies to the person's private chat, if they have an account; {@code cause} starts with the event's key. */
    public Optional<Replies> to(String cause, PersonId person) {
        Optional<ChatRef> chat = members.accountsOf(person).stream().findFirst().map(UserRef::privateChat);
        String lang = members.person(person).map(Person::lang).orElse(Texts.VIETNAMESE);
        return chat.map(c -> new Replies(outbox, texts, cause + ":" + c.key(), c, null, lang));
    }

    /** Replies to each of the people who can be reached. */
    public List<Replies> to(String cause, List<PersonId> people) {
        return people.stream().distinct().map(person -> to(cause, person)).flatMap(Optional::stream).toList();
    }
}
