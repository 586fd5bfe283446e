package vn.chidoan.core.features.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.ActivityFigures;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;

/**
 * Notices for evaluation, {@code /toi} and reports (topic {@code notice}), over the notices sent in the
 * period: per branch, how many it received, how many of those asking for it it acknowledged, how many
 * within a day of receiving them, and how many before their deadline; per member, how many they marked
 * seen and how many they acknowledged for the branch.
 */
@Component
class NoticeFigures implements ActivityFigures {
    static final String TOPIC = "notice";
    static final String RECEIVED = TOPIC + ".received";
    static final String ACKNOWLEDGED = TOPIC + ".acknowledged";
    static final String WITHIN_A_DAY = TOPIC + ".acknowledged_within_day";
    static final String ON_TIME = TOPIC + ".acknowledged_on_time";
    static final String SEEN = TOPIC + ".seen";

    private final Notices notices;
    private final Clock clock;

    NoticeFigures(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<UnitId, List<Figure>> branches(Collection<UnitId> branches, DatePeriod period) {
        List<Notice> sent = sentIn(branches, period);
        Map<String, ReceiptStore.Receipt> receipts = receipts(sent);
        Map<UnitId, List<Figure>> figures = new HashMap<>();
        for (UnitId branch : branches) {
            long received = 0;
            long asked = 0;
            long acked = 0;
            long fast = 0;
            long withDeadline = 0;
            long onTime = 0;
            for (Notice notice : sent) {
                if (!notice.branches().contains(branch)) {
                    continue;
                }
                received++;
                if (!notice.needsAck()) {
                    continue;
                }
                asked++;
                ReceiptStore.Receipt receipt = receipts.get(ReceiptStore.id(notice.number(), branch));
                Instant at = receipt == null ? null : receipt.ackedAt();
                acked += at == null ? 0 : 1;
                fast += at != null && !at.isAfter(notice.createdAt().plus(Duration.ofDays(1))) ? 1 : 0;
                if (notice.deadline() != null) {
                    withDeadline++;
                    onTime += at != null && at.isBefore(notice.deadline()) ? 1 : 0;
                }
            }
            figures.put(branch, List.of(Figure.count(RECEIVED, received), Figure.ratio(ACKNOWLEDGED, acked, asked),
                    Figure.ratio(WITHIN_A_DAY, fast, asked), Figure.ratio(ON_TIME, onTime, withDeadline)));
        }
        return figures;
    }

    @Override
    public Map<PersonId, List<Figure>> members(UnitId branch, DatePeriod period) {
        List<Notice> sent = sentIn(List.of(branch), period);
        Map<PersonId, long[]> counts = new HashMap<>();
        for (ReceiptStore.Receipt receipt : receipts(sent).values()) {
            if (!receipt.branchId().equals(branch)) {
                continue;
            }
            receipt.seen().forEach(p -> counts.computeIfAbsent(new PersonId(p), x -> new long[2])[0]++);
            if (receipt.ackedBy() != null) {
                counts.computeIfAbsent(new PersonId(receipt.ackedBy()), x -> new long[2])[1]++;
            }
        }
        Map<PersonId, List<Figure>> figures = new HashMap<>();
        counts.forEach((person, c) -> figures.put(person, List.of(Figure.count(SEEN, c[0]),
                Figure.count(ACKNOWLEDGED, c[1]))));
        return figures;
    }

    private List<Notice> sentIn(Collection<UnitId> branches, DatePeriod period) {
        Instant from = period.from().atStartOfDay(clock.getZone()).toInstant();
        Instant until = period.until().atStartOfDay(clock.getZone()).toInstant();
        Set<UnitId> wanted = new HashSet<>(branches);
        return notices.store().sentTo(wanted, from, until);
    }

    private Map<String, ReceiptStore.Receipt> receipts(List<Notice> sent) {
        if (sent.isEmpty()) {
            return Map.of();
        }
        return notices.receipts().of(new ArrayList<>(sent.stream().map(Notice::number).toList())).stream()
                .collect(Collectors.toMap(ReceiptStore.Receipt::id, Function.identity()));
    }
}
