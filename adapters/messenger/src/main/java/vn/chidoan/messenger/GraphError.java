package vn.chidoan.messenger;

import java.io.IOException;

/**
 * An error answer of the Graph API, as {@link GraphHttpClient} read it: HTTP status, {@code error.code},
 * {@code error.error_subcode} and the message. messenger4j's own exception keeps no subcode, which is
 * what tells "outside the 24-hour window" (10 / 2018278) from other permission errors, so the client
 * throws this instead (messenger4j passes it on as the cause of its {@code MessengerIOException}).
 */
final class GraphError extends IOException {
    private final int status;
    private final int code;
    private final int subcode;

    GraphError(int status, int code, int subcode, String message) {
        super(message, null);
        this.status = status;
        this.code = code;
        this.subcode = subcode;
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }

    int subcode() {
        return subcode;
    }

    /** {@code 400 (#10/2018278) message}: short and token-free, for logs and the outbox's reason. */
    String describe() {
        return status + " (#" + code + (subcode != 0 ? "/" + subcode : "") + ") " + getMessage();
    }
}
