package vn.chidoan.core.features.poll;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.audience.FanoutReport;
import vn.chidoan.core.org.audience.PostedFanout;
import vn.chidoan.core.org.member.Members;

/**
 * Fan-out kind {@code poll}: a poll's cause ({@code poll:<number>}) reaches its branches slice by slice.
 * When some branches could not get it, its creator is told which, once (the reply to {@code /binhchon}
 * already said where it goes, so a poll that reached them all needs no word).
 */
@Component
class PollFanout extends PostedFanout<Poll> {
    static final String KIND = "poll";

    PollFanout(Polls polls, Members members, FanoutReport report) {
        super(KIND, members, report, polls::find, polls::deliver, poll -> new FanoutReport.Sent("poll.named",
                Map.of("number", poll.number(), "question", poll.question()), "/binhchon_ketqua " + poll.number(),
                false));
    }
}
