package vn.chidoan.core.features.form;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.BranchAudience;

/**
 * The counts under a posted form ("12/30 đã đăng ký · 3 chờ"), edited in place where the platform
 * edits, at most once per {@code chidoan.forms.counts-batch}: a seat change owes an edit (a due time on
 * the form, set only if none is owed, which coalesces them), and {@link #sweep()} makes the edits that
 * are due, each taken by one conditional update so two instances never both make it. The sweep also
 * finishes promotions a crash left half-way. It reads the database when something was owed here, and
 * at least every {@link #FULL_SCAN} for what other instances owe.
 */
@Component
class CountsEdits {
    static final Duration FULL_SCAN = Duration.ofMinutes(1);

    private final Forms forms;
    private final Promotions promotions;
    private final BranchAudience audience;
    private final Outbox outbox;
    private final Deliveries sent;
    private final Texts texts;
    private final FormProperties properties;
    private final Clock clock;
    private final AtomicBoolean owedHere = new AtomicBoolean();
    private volatile Instant nextFullScan = Instant.MIN;

    CountsEdits(Forms forms, Promotions promotions, BranchAudience audience, Outbox outbox, Deliveries sent,
            Texts texts, FormProperties properties, Clock clock) {
        this.forms = forms;
        this.promotions = promotions;
        this.audience = audience;
        this.outbox = outbox;
        this.sent = sent;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
    }

    /** The form's counts changed: its posts owe an edit within the batch period. */
    void owe(Form form) {
        forms.store().owesCounts(form.number(), clock.instant().plus(properties.countsBatch()));
        owedHere.set(true);
    }

    void sweep() {
        Instant now = clock.instant();
        boolean full = !now.isBefore(nextFullScan);
        if (!owedHere.getAndSet(false) && !full) {
            return;
        }
        if (full) {
            nextFullScan = now.plus(FULL_SCAN);
        }
        forms.store().countsOwed().forEach((number, due) -> {
            if (due.isAfter(now)) {
                owedHere.set(true);
            } else {
                forms.store().takeCounts(number, now).ifPresent(version -> forms.find(number).ifPresent(form -> {
                    promotions.settle(new Seats.Change(form, java.util.List.of()), true);
                    edit(form, version);
                }));
            }
        });
    }

    /** Edits the form's posts in every chat that can edit, if it reached few enough branches. */
    private void edit(Form form, int version) {
        if (form.branches().size() > properties.editBranches()) {
            return;
        }
        OutgoingMessage fresh = FormMessages.post(form, forms.counts(form), texts, Texts.VIETNAMESE, clock);
        for (ChatRef chat : audience.chatsOf(form.branches()).values().stream().flatMap(java.util.List::stream)
                .toList()) {
            if (!Capabilities.of(chat.platform()).edits()) {
                continue;
            }
            sent.messageId(BranchAudience.key(form.cause(), chat)).ifPresent(id -> outbox.enqueue(
                    form.cause() + ":counts:" + chat.key() + ":" + version, chat, fresh.editing(id), Priority.BULK));
        }
    }
}
