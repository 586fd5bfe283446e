package vn.chidoan.messenger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * {@code https://m.me/<page>?ref=<payload>}: opens the conversation with the Page, which sends the
 * bot a referral carrying the payload (the adapter turns it into {@code /start <payload>}). Empty
 * when {@code chidoan.messenger.page-username} is not set.
 */
class MessengerDeepLinks implements DeepLinks {
    private final String page;

    MessengerDeepLinks(String page) {
        this.page = page;
    }

    @Override
    public Platform platform() {
        return Platform.MESSENGER;
    }

    @Override
    public Optional<String> startLink(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new IllegalArgumentException("a start payload is needed");
        }
        return Optional.ofNullable(page)
                .map(name -> "https://m.me/" + name + "?ref=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
    }
}
