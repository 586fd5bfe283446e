package vn.chidoan.core.features.poll;

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
 * Fan-out kind {@code poll}: a poll's cause ({@code poll:<number>}) reaches its branches slice by slice.
 * When some branches could not get it, its creator is told which, once (the reply to {@code /binhchon}
 * already said where it goes, so a poll that reached them all needs no word).
 */
@Component
class PollFanout implements FanoutKind {
    static final String KIND = "poll";
    private static final String PREFIX = "poll:";

    private final Polls polls;
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;
    private final Organisation org;

    PollFanout(Polls polls, Members members, Outbox outbox, Texts texts, Organisation org) {
        this.polls = polls;
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
        polls.find(number(cause)).ifPresent(poll -> polls.deliver(poll, branches));
    }

    @Override
    public void finished(String cause, int branches, List<UnitId> leftOut) {
        if (leftOut.isEmpty()) {
            return;
        }
        polls.find(number(cause)).filter(poll -> poll.creatorAccount() != null).ifPresent(poll -> {
            String lang = members.person(poll.creator()).map(Person::lang).orElse(Texts.VIETNAMESE);
            String names = leftOut.stream().map(id -> org.unit(id).map(Unit::name).orElse(id.value()))
                    .collect(Collectors.joining(", "));
            outbox.enqueue(cause + ":left_out", poll.creatorAccount().privateChat(), OutgoingMessage.text(
                    texts.render("poll.partly_reached", lang, Map.of("number", poll.number(), "question",
                            poll.question(), "reached", branches - leftOut.size(), "branches", branches,
                            "leftOut", names))), Priority.BULK);
        });
    }

    private static long number(String cause) {
        return Long.parseLong(cause.substring(PREFIX.length()));
    }
}
