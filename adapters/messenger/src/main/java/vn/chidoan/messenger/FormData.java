package vn.chidoan.messenger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body, field by field in order, for the Send API's file upload, which
 * messenger4j cannot make. Field values and file names go out as UTF-8 (a Vietnamese file name stays
 * readable); a quote, CR or LF in a file name is percent-encoded as browsers do, so it cannot break
 * the part's header.
 */
final class FormData {
    private static final String CRLF = "\r\n";

    private final String boundary = "chidoan-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** A text field. */
    FormData field(String name, String value) {
        header("form-data; name=\"" + name + "\"", null);
        write(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** A file field: its bytes under {@code fileName}, of {@code contentType}. */
    FormData file(String name, String fileName, String contentType, byte[] content) {
        header("form-data; name=\"" + name + "\"; filename=\"" + escape(fileName) + "\"", contentType);
        write(content);
        return this;
    }

    /** {@code multipart/form-data; boundary=…}, the request's content type. */
    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body, closed by the final boundary. */
    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + boundary.length() + 8);
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--" + CRLF).getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    private void header(String disposition, String contentType) {
        StringBuilder header = new StringBuilder("--").append(boundary).append(CRLF)
                .append("Content-Disposition: ").append(disposition).append(CRLF);
        if (contentType != null) {
            header.append("Content-Type: ").append(contentType).append(CRLF);
        }
        body.writeBytes(header.append(CRLF).toString().getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] bytes) {
        body.writeBytes(bytes);
        body.writeBytes(CRLF.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String fileName) {
        return fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
