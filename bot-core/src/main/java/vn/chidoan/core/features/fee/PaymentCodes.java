package vn.chidoan.core.features.fee;

import java.util.List;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.export.QrCode;

/**
 * The VietQR code a member pays by: exactly what they owe now, to the branch's account, with a memo that
 * names them and the months ({@code DP DV42 T12-2026}, or {@code DP DV42 DEN T12-2026} for several periods),
 * so their banking app fills everything in and the treasurer knows whose money it is.
 */
final class PaymentCodes {
    static final String FILE_NAME = "vietqr-doan-phi.png";

    private PaymentCodes() {
    }

    /** The memo of the member's transfer for what they owe now. */
    static String memo(Ledger.Statement statement) {
        List<FeePeriod> periods = statement.owing().stream().map(Ledger.Month::period).distinct().toList();
        String code = statement.member().fee().codeText();
        if (periods.isEmpty()) {
            return VietQr.memo("DP " + code);
        }
        String last = periods.get(periods.size() - 1).label();
        return VietQr.memo("DP " + code + (periods.size() == 1 ? " " : " DEN ") + last);
    }

    /** The code's text, when the book has an account and the member owes something. */
    static Optional<String> payload(Book book, Ledger.Statement statement) {
        if (book.account() == null || statement.owed() <= 0) {
            return Optional.empty();
        }
        return Optional.of(VietQr.payload(new VietQr.Transfer(book.account().bin(), book.account().number(),
                statement.owed(), null, memo(statement))));
    }

    /** The code as a PNG image to send. */
    static Optional<Attachment> image(Book book, Ledger.Statement statement) {
        return payload(book, statement).map(text -> Attachment.generated(Attachment.Kind.PHOTO, FILE_NAME, "image/png",
                QrCode.png(text)));
    }
}
