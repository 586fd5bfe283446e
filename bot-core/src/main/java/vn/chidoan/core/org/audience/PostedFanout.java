package vn.chidoan.core.org.audience;

import java.util.List;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * A fan-out kind for something a person posted to branches ({@link Posted}: a form, a poll), its cause
 * {@code <kind>:<number>}: each slice of branches gets it from the feature, and at the end the creator is
 * told through {@link FanoutReport} which branches it reached or left out. A feature says only how to find
 * and deliver its item and how to name it.
 */
public abstract class PostedFanout<T extends Posted> implements FanoutKind {
    private final String kind;
    private final Members members;
    private final FanoutReport report;

    protected PostedFanout(String kind, Members members, FanoutReport report) {
        this.kind = kind;
        this.members = members;
        this.report = report;
    }

    /** The item numbered {@code number}, if it still exists. */
    protected abstract Optional<T> find(long number);

    /** Sends the item to these branches (one slice of the fan-out). */
    protected abstract void deliver(T posted, List<UnitId> branches);

    /** How the report names the item, and the command that shows its results. */
    protected abstract FanoutReport.Sent sent(T posted);

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final void deliver(String cause, List<UnitId> branches) {
        find(number(cause)).ifPresent(posted -> deliver(posted, branches));
    }

    @Override
    public final void finished(String cause, int branches, List<UnitId> leftOut) {
        find(number(cause)).filter(posted -> posted.creatorAccount() != null).ifPresent(posted -> report.tell(cause,
                posted.creatorAccount().privateChat(),
                members.person(posted.creator()).map(Person::lang).orElse(Texts.VIETNAMESE), sent(posted),
                branches, leftOut));
    }

    private long number(String cause) {
        return Long.parseLong(cause.substring(kind.length() + 1));
    }
}
