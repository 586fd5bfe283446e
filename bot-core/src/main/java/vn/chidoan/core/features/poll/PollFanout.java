package vn.chidoan.core.features.poll;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.audience.FanoutKind;

/** Fan-out kind {@code poll}: a poll's cause ({@code poll:<number>}) reaches its branches slice by slice. */
@Component
class PollFanout implements FanoutKind {
    static final String KIND = "poll";

    private final Polls polls;

    PollFanout(Polls polls) {
        this.polls = polls;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String cause, List<UnitId> branches) {
        polls.find(Long.parseLong(cause.substring("poll:".length()))).ifPresent(poll -> polls.deliver(poll, branches));
    }
}
