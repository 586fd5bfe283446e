package vn.chidoan.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * {@code /sandbox/#start=<payload>}: the page opens the private chat of whoever follows it, and sends
 * {@code /start <payload>} there, as Telegram does with its {@code t.me} links.
 */
final class SandboxDeepLinks implements DeepLinks {
    static final String PREFIX = "/sandbox/#start=";

    @Override
    public Platform platform() {
        return Platform.SANDBOX;
    }

    @Override
    public Optional<String> startLink(String payload) {
        return Optional.of(PREFIX + URLEncoder.encode(payload, StandardCharsets.UTF_8));
    }
}
