package vn.chidoan.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.chidoan.messenger.testing.MessengerWebhooks;

/** X-Hub-Signature-256 is the HMAC-SHA256 of the raw body with the app secret. */
class WebhookSignatureTest {
    private static final String SECRET = "app-secret-42";
    private final WebhookSignature signature = new WebhookSignature(SECRET);
    private final byte[] body = "{\"object\":\"page\",\"text\":\"Đoàn viên\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theRightSignatureMatchesInAnyCase() {
        String header = MessengerWebhooks.sign(SECRET, body);

        assertThat(signature.matches(header, body)).isTrue();
        assertThat(signature.matches(header.toUpperCase().replace("SHA256=", "sha256="), body)).isTrue();
        assertThat(signature.sign(body)).isEqualTo(header);
    }

    @Test
    void aForgedMissingOrMalformedSignatureDoesNot() {
        String header = MessengerWebhooks.sign(SECRET, body);
        byte[] changed = body.clone();
        changed[changed.length - 3] ^= 1;

        assertThat(signature.matches(header, changed)).isFalse();
        assertThat(signature.matches(MessengerWebhooks.sign("other-secret", body), body)).isFalse();
        assertThat(signature.matches(null, body)).isFalse();
        assertThat(signature.matches(header.substring("sha256=".length()), body)).isFalse();
        assertThat(signature.matches("sha1=" + header.substring("sha256=".length()), body)).isFalse();
        assertThat(signature.matches("sha256=zz", body)).isFalse();
        assertThat(signature.matches(header, null)).isFalse();
    }
}
