package vn.chidoan.core.features.notice;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;
import vn.chidoan.core.org.audience.PrivateReminders;

/**
 * Reminders of kind {@code notice}, one per notice ({@code notice:<number>}) at the offsets its sender
 * chose before the acknowledgement deadline: the committee (BCH, secretary) of each branch that has not
 * acknowledged yet, worked out when it fires, gets a private message with «Đã nhận»; a branch that has
 * acknowledged gets nothing. Branches are read {@link BranchAudience#SLICE} at a time.
 */
@Component
class NoticeReminder implements ReminderKind {
    static final String KIND = "notice";

    private final Notices notices;
    private final Members members;
    private final Organisation org;
    private final PrivateReminders privately;
    private final Texts texts;
    private final Clock clock;

    NoticeReminder(Notices notices, Members members, Organisation org, PrivateReminders privately, Texts texts,
            Clock clock) {
        this.notices = notices;
        this.members = members;
        this.org = org;
        this.privately = privately;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        notices.find(Long.parseLong(reminder.target())).filter(n -> n.openAt(clock.instant())).ifPresent(notice -> {
            Set<UnitId> acked = notices.receipts().of(notice.number()).stream().filter(ReceiptStore.Receipt::acked)
                    .map(ReceiptStore.Receipt::branchId).collect(Collectors.toSet());
            List<UnitId> silent = notice.branches().stream().filter(b -> !acked.contains(b)).toList();
            Map<UnitId, String> names = org.unitsWithin(notice.origin()).stream()
                    .collect(Collectors.toMap(Unit::id, Unit::name));
            for (int from = 0; from < silent.size(); from += BranchAudience.SLICE) {
                remind(notice, silent.subList(from, Math.min(silent.size(), from + BranchAudience.SLICE)), names,
                        reminder, occurrence);
            }
        });
    }

    private void remind(Notice notice, List<UnitId> branches, Map<UnitId, String> names, Reminder reminder,
            Occurrence occurrence) {
        Map<PersonId, UnitId> committee = new LinkedHashMap<>();
        members.activeMemberships(branches).forEach((branch, memberships) -> memberships.stream()
                .filter(m -> m.role().atLeast(Role.BCH)).map(Membership::person)
                .forEach(person -> committee.putIfAbsent(person, branch)));
        Map<String, Object> model = new HashMap<>(NoticeMessages.model(notice, clock.getZone()));
        model.put("left", Formats.timeLeft(Duration.between(clock.instant(), notice.deadline())));
        privately.send(reminder, occurrence, committee.keySet(), Notices.priority(notice), (person, lang) -> {
            Map<String, Object> theirs = new HashMap<>(model);
            theirs.put("branch", names.getOrDefault(committee.get(person), ""));
            return OutgoingMessage.text(texts.render("notice.reminder", lang, theirs))
                    .withButtons(NoticeMessages.ackButton(notice.number(), texts, lang));
        });
    }
}
