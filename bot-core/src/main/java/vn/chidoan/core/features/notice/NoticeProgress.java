package vn.chidoan.core.features.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.BranchFanout;

/**
 * The sender's one progress message: sent when the notice goes out ({@code notice:<n>:progress}), then
 * edited in place at each {@link #tick} while anything changed: sent out of how many, failures with the
 * branch and the reason, and the expected finish; at the end the final count. A new state is claimed on
 * the notice by one conditional update, so of two instances one edits it, once
 * ({@code notice:<n>:progress:<revision>}). Where the platform edits nothing (Messenger), only the final
 * count is sent, as a second message. The states go at {@link Priority#PROGRESS}: the sender's answers to
 * their commands go ahead of them in the same chat, and no new state is stored while the last one waits.
 */
@Component
class NoticeProgress {
    static final int FAILURES_SHOWN = 10;
    private static final Logger log = LoggerFactory.getLogger(NoticeProgress.class);

    private final Notices notices;
    private final BranchFanout fanout;
    private final Deliveries deliveries;
    private final Outbox outbox;
    private final NoticeFailures failures;
    private final Texts texts;
    private final Clock clock;

    NoticeProgress(Notices notices, BranchFanout fanout, Deliveries deliveries, Outbox outbox, NoticeFailures failures,
            Texts texts, Clock clock) {
        this.notices = notices;
        this.fanout = fanout;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.failures = failures;
        this.texts = texts;
        this.clock = clock;
    }

    /** The message the sender watches; sending it again (a replay) stores nothing. */
    void started(Notice notice) {
        Map<String, Object> model = new HashMap<>(NoticeMessages.model(notice, clock.getZone()));
        model.put("branchesTotal", notice.branches().size());
        model.put("starting", true);
        outbox.enqueue(notice.progressKey(), notice.progressChat(),
                OutgoingMessage.text(texts.render("notice.progress", notice.lang(), model)), Priority.INTERACTIVE);
    }

    /** Brings every unfinished notice's progress message up to date; returns how many were edited. */
    int tick() {
        int edited = 0;
        for (long number : notices.store().unfinished()) {
            try {
                Optional<Notice> notice = notices.find(number);
                if (notice.isPresent() && update(notice.get())) {
                    edited++;
                }
            } catch (Throwable e) { // one notice's trouble must not stop the others' progress
                log.warn("notice {}: progress not updated, the next tick tries again", number, e);
            }
        }
        return edited;
    }

    private boolean update(Notice notice) {
        BranchFanout.Progress fan = fanout.progress(notice.cause())
                .orElse(new BranchFanout.Progress(0, notice.branches().size(), false));
        Deliveries.Batch batch = deliveries.batch(notice.cause() + ":chat:", FAILURES_SHOWN);
        boolean done = fan.finished() && batch.waiting() == 0;
        String shown = fan.done() + "/" + fan.total() + "|" + batch.delivered() + "|" + batch.failed() + "|"
                + batch.held() + "|" + batch.waiting();
        Optional<String> messageId = deliveries.messageId(notice.progressKey());
        boolean edits = Capabilities.of(notice.progressChat().platform()).edits();
        if (!done && (!edits || messageId.isEmpty())) {
            return false; // nothing to edit yet, or nothing to edit at all: only the final count goes out
        }
        if (deliveries.batch(notice.progressKey(), 0).waiting() > 0) {
            // the first message or the last state still waits for the sender's chat (their answers go first,
            // and the groups may be faster): the next tick brings it up to date
            return false;
        }
        Optional<Integer> revision = done ? notices.store().finish(notice.number(), shown, clock.instant())
                : notices.store().progressed(notice.number(), shown);
        if (revision.isEmpty()) {
            return false;
        }
        OutgoingMessage message = OutgoingMessage.text(texts.render("notice.progress", notice.lang(),
                model(notice, fan, batch, done)));
        boolean inPlace = edits && messageId.isPresent();
        outbox.enqueue(notice.progressKey() + ":" + revision.get(), notice.progressChat(),
                inPlace ? message.editing(messageId.get()) : message, Priority.PROGRESS);
        return true;
    }

    private Map<String, Object> model(Notice notice, BranchFanout.Progress fan, Deliveries.Batch batch, boolean done) {
        Map<String, Object> model = new HashMap<>(NoticeMessages.model(notice, clock.getZone()));
        model.put("done", done);
        model.put("preparing", !fan.finished());
        model.put("branchesDone", fan.done());
        model.put("branchesTotal", fan.total());
        model.put("sent", batch.delivered());
        model.put("total", batch.total());
        model.put("held", batch.held());
        model.put("failed", batch.failed());
        if (batch.failed() > 0) {
            model.put("failures", failures.lines(notice, batch.failures(), notice.lang()));
            model.put("moreFailures", Math.max(0, batch.failed() - batch.failures().size()));
        }
        if (!done) {
            expectedFinish(notice, fan, batch).ifPresent(at -> model.put("finishAt",
                    Formats.time(at.atZone(clock.getZone()).toLocalTime())));
        }
        return model;
    }

    /**
     * When the rest should be out at the pace so far: what is still waiting, and for the branches the
     * fan-out has not reached yet as many chats each as those it has, over the messages settled per second.
     */
    private Optional<Instant> expectedFinish(Notice notice, BranchFanout.Progress fan, Deliveries.Batch batch) {
        long settled = batch.delivered() + batch.failed() + batch.held();
        Duration elapsed = Duration.between(notice.createdAt(), clock.instant());
        if (settled < 5 || elapsed.toMillis() < 1_000) {
            return Optional.empty();
        }
        double perBranch = fan.done() == 0 ? 1 : (double) batch.total() / fan.done();
        double left = batch.waiting() + (fan.total() - fan.done()) * perBranch;
        double perSecond = settled * 1000.0 / elapsed.toMillis();
        return Optional.of(clock.instant().plusMillis((long) (left / perSecond * 1000)));
    }
}
