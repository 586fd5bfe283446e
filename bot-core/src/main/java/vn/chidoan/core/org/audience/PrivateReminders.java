package vn.chidoan.core.org.audience;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;

/**
 * How a reminder reaches the people it is for, each in private: their oldest linked account's private chat,
 * in their language, under {@link Reminder#outboxKey(Occurrence, ChatRef)} so a resumed firing sends nobody
 * a second message. A person with no account (added by name only) is passed over. The people, their
 * accounts and languages are read once for the lot, then written to the outbox in one bulk write. (Here
 * rather than in {@code org.reminder}, which stands on its own, knowing no member.)
 */
@Component
public class PrivateReminders {
    private final Members members;
    private final Outbox outbox;

    PrivateReminders(Members members, Outbox outbox) {
        this.members = members;
        this.outbox = outbox;
    }

    /** The message one person gets, written in their language. */
    @FunctionalInterface
    public interface Letter {
        OutgoingMessage to(PersonId person, String lang);
    }

    /** Reminds each of {@code people} privately with {@code letter}. */
    public void send(Reminder reminder, Occurrence occurrence, Collection<PersonId> people, Priority priority,
            Letter letter) {
        if (people.isEmpty()) {
            return;
        }
        Map<PersonId, List<UserRef>> accounts = members.accountsOf(people);
        Map<PersonId, Person> persons = members.people(accounts.keySet());
        List<Outbox.Envelope> letters = new ArrayList<>();
        for (PersonId person : people) {
            List<UserRef> theirs = accounts.getOrDefault(person, List.of());
            if (theirs.isEmpty()) {
                continue;
            }
            ChatRef chat = theirs.get(0).privateChat();
            String lang = persons.containsKey(person) ? persons.get(person).lang() : Texts.VIETNAMESE;
            letters.add(new Outbox.Envelope(reminder.outboxKey(occurrence, chat), chat, letter.to(person, lang),
                    priority));
        }
        if (!letters.isEmpty()) {
            outbox.enqueueAll(letters);
        }
    }
}
