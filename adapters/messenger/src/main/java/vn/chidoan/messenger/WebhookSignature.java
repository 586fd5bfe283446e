package vn.chidoan.messenger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Hub-Signature-256: sha256=<hex>}: the HMAC-SHA256 of the raw body bytes, keyed with the app
 * secret, compared in constant time. It works on the bytes as received, so no charset is involved
 * (messenger4j 1.1.0 checks only the old SHA-1 header, on a string re-encoded with the JVM's default
 * charset, which breaks Vietnamese text under a non-UTF-8 locale).
 */
final class WebhookSignature {
    static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    WebhookSignature(String appSecret) {
        this.secret = appSecret.getBytes(StandardCharsets.UTF_8);
    }

    boolean matches(String header, byte[] body) {
        if (header == null || body == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(body), given);
    }

    /** The header value for {@code body}: {@code sha256=} and the lowercase hex HMAC. */
    String sign(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(body));
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }
}
