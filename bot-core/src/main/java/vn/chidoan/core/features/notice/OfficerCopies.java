package vn.chidoan.core.features.notice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * The officers of the units between a notice's unit and its branches get a copy in private, ahead of the
 * branches' messages, with «Chuyển tiếp» to pass it on to their own units with a note (the cascade). One
 * per private chat ({@code notice:<n>:officer:<chat>}), so a replay or a second unit led by the same
 * person sends nothing twice; the sender gets none.
 */
@Component
class OfficerCopies {
    private final Organisation org;
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    OfficerCopies(Organisation org, Members members, Outbox outbox, Texts texts, Clock clock) {
        this.org = org;
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    void send(Notice notice) {
        Set<UnitId> between = new LinkedHashSet<>();
        for (UnitId target : notice.targets()) {
            org.unitsWithin(target).stream().filter(unit -> !unit.kind().isBranch())
                    .map(Unit::id).filter(id -> !id.equals(notice.origin())).forEach(between::add);
        }
        if (between.isEmpty()) {
            return;
        }
        Set<PersonId> officers = new LinkedHashSet<>();
        org.officersOf(between).values().forEach(officers::addAll);
        if (notice.sender() != null) {
            officers.remove(notice.sender());
        }
        Map<PersonId, List<UserRef>> accounts = members.accountsOf(officers);
        Map<PersonId, Person> people = members.people(officers);
        List<Outbox.Envelope> copies = new ArrayList<>();
        for (PersonId officer : officers) {
            List<UserRef> theirs = accounts.getOrDefault(officer, List.of());
            if (theirs.isEmpty()) {
                continue;
            }
            ChatRef chat = theirs.get(0).privateChat();
            String lang = people.containsKey(officer) ? people.get(officer).lang() : Texts.VIETNAMESE;
            copies.add(new Outbox.Envelope(notice.cause() + ":officer:" + chat.key(), chat,
                    NoticeMessages.forOfficer(notice, chat.platform(), texts, lang, clock.getZone()),
                    Notices.priority(notice)));
        }
        outbox.enqueueAll(copies);
    }
}
