package vn.chidoan.core.kernel.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A webhook's request body, read only up to a limit: a platform's events are small, so a body larger
 * than the limit (by its declared length, or as it arrives) is refused whole without being held in
 * memory; webhooks answer it with 413.
 */
public final class BoundedBody {
    private BoundedBody() {
    }

    /** The body, or empty when it is longer than {@code max} bytes ({@code declaredLength} -1 if unknown). */
    public static Optional<byte[]> read(InputStream in, long declaredLength, int max) throws IOException {
        if (declaredLength > max) {
            return Optional.empty();
        }
        byte[] body = in.readNBytes(max + 1);
        return body.length > max ? Optional.empty() : Optional.of(body);
    }
}
