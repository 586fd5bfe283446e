package vn.chidoan.core.features.poll;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.audience.FanoutReport;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

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
    private final FanoutReport report;

    PollFanout(Polls polls, Members members, FanoutReport report) {
        this.polls = polls;
        this.members = members;
        this.report = report;
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
        polls.find(number(cause)).filter(poll -> poll.creatorAccount() != null).ifPresent(poll -> report.tell(cause,
                poll.creatorAccount().privateChat(),
                members.person(poll.creator()).map(Person::lang).orElse(Texts.VIETNAMESE),
                new FanoutReport.Sent("poll.named", Map.of("number", poll.number(), "question", poll.question()),
                        "/binhchon_ketqua " + poll.number(), false), branches, leftOut));
    }

    private static long number(String cause) {
        return Long.parseLong(cause.substring(PREFIX.length()));
    }
}
