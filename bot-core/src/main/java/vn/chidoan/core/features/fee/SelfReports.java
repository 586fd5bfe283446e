package vn.chidoan.core.features.fee;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * "Tôi đã nộp": a member reports paying what they owe (with a photo of the transfer, if they like) and the
 * BCH confirms or rejects it. Confirming records a payment of what still remains of those months (the BCH
 * may have marked some meanwhile); of two BCH members deciding at once, the first decides.
 */
@Component
class SelfReports {

    /** What became of a decision: the request, whether this press decided it, the payment it recorded. */
    record Decision(FeeRequest request, boolean decided, Optional<Payment> payment) {
    }

    private final Books books;
    private final Fees fees;

    SelfReports(Books books, Fees fees) {
        this.books = books;
        this.fees = fees;
    }

    /** Records the member's report of paying what they owe now; the same event again makes the same one. */
    FeeRequest report(Ledger ledger, Ledger.Statement statement, String source, Attachment photo, Platform platform) {
        String id = id(source);
        Optional<FeeRequest> replay = books.requests.find(id);
        if (replay.isPresent()) {
            return replay.get();
        }
        if (statement.owed() <= 0) {
            throw new BadInput(statement.waiting() ? "fee.report.waiting" : "fee.report.nothing_owed");
        }
        List<Line> lines = statement.owing().stream().map(m -> new Line(m.month(), m.remaining())).toList();
        return books.requests.add(new FeeRequest(id, ledger.book().branch(), statement.member().person(), lines,
                photo, photo == null ? null : platform, FeeRequest.Status.PENDING, null, books.clock().instant()));
    }

    /**
     * The BCH's answer to a request; re-checks that the presser leads the request's branch now. A confirmed
     * request's payment is recorded here, and again (to the same effect) if a crash came between.
     */
    Decision decide(String id, Caller caller, boolean confirm) {
        FeeRequest request = books.requests.find(id).orElseThrow(() -> new BadInput("fee.request.gone"));
        fees.requireLead(caller, request.branch());
        FeeRequest.Status status = confirm ? FeeRequest.Status.CONFIRMED : FeeRequest.Status.REJECTED;
        boolean decidedNow = books.requests.decide(id, status, caller.person(), books.clock().instant());
        FeeRequest decided = books.requests.find(id).orElseThrow();
        Optional<Payment> payment = decided.status() == FeeRequest.Status.CONFIRMED ? paymentOf(decided)
                : Optional.empty();
        return new Decision(decided, decidedNow, payment);
    }

    private Optional<Payment> paymentOf(FeeRequest request) {
        String source = "request:" + request.id();
        Optional<Payment> recorded = books.payments.bySource(source);
        if (recorded.isPresent()) {
            return recorded;
        }
        Ledger ledger = books.ledger(fees.book(request.branch()));
        Optional<Ledger.Statement> statement = ledger.of(request.person());
        List<Line> lines = new ArrayList<>();
        for (Line line : request.lines()) {
            long remaining = statement.map(s -> ledger.month(s.member(), line.month()).remaining()).orElse(line.amount());
            if (Math.min(line.amount(), remaining) > 0) {
                lines.add(new Line(line.month(), Math.min(line.amount(), remaining)));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty(); // the BCH had marked those months meanwhile
        }
        return Optional.of(books.payments.add(new Payment(request.branch(), books.books.nextRecord(request.branch()),
                request.person(), lines, Payment.Kind.CONFIRMED, request.decidedBy(), books.clock().instant(), null,
                null), source));
    }

    static String id(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return "q" + HexFormat.of().formatHex(digest).substring(0, 15);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
