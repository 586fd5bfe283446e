package vn.chidoan.core.org.audience;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * A fan-out kind for something a person posted to branches ({@link Posted}: a form, a poll), its cause
 * {@code <kind>:<number>}: each slice of branches gets it from the feature, and at the end the creator is
 * told through {@link FanoutReport} which branches it reached or left out. A feature's kind (a component)
 * says only how to find and deliver its item and how to name it.
 */
public class PostedFanout<T extends Posted> implements FanoutKind {
    private final String kind;
    private final Members members;
    private final FanoutReport report;
    private final LongFunction<Optional<T>> find;
    private final BiConsumer<T, List<UnitId>> deliver;
    private final Function<T, FanoutReport.Sent> sent;

    /**
     * @param find    the item numbered so, if it still exists
     * @param deliver sends the item to these branches (one slice of the fan-out)
     * @param sent    how the report names the item, and the command that shows its results
     */
    protected PostedFanout(String kind, Members members, FanoutReport report, LongFunction<Optional<T>> find,
            BiConsumer<T, List<UnitId>> deliver, Function<T, FanoutReport.Sent> sent) {
        this.kind = kind;
        this.members = members;
        this.report = report;
        this.find = find;
        this.deliver = deliver;
        this.sent = sent;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final void deliver(String cause, List<UnitId> branches) {
        find.apply(number(cause)).ifPresent(posted -> deliver.accept(posted, branches));
    }

    @Override
    public final void finished(String cause, int branches, List<UnitId> leftOut) {
        find.apply(number(cause)).filter(posted -> posted.creatorAccount() != null).ifPresent(posted -> report.tell(
                cause, posted.creatorAccount().privateChat(),
                members.person(posted.creator()).map(Person::lang).orElse(Texts.VIETNAMESE), sent.apply(posted),
                branches, leftOut));
    }

    private long number(String cause) {
        return Long.parseLong(cause.substring(kind.length() + 1));
    }
}
