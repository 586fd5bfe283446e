package vn.chidoan.messenger.testing;

import java.util.List;
import vn.chidoan.core.testing.Fixtures;

/**
 * The Messenger payload fixtures in the repository ({@code fixtures/messenger}; see {@link Fixtures}):
 * webhook bodies, the verification note, and Send API answers under {@code send_api/}.
 */
public final class MessengerFixtures {
    /** Describes a {@code GET} verification, not a body Facebook POSTs. */
    public static final String VERIFICATION = "verification_request.json";

    private MessengerFixtures() {
    }

    /** A file in {@code messenger/} by name, such as {@code batch.json}. */
    public static String webhook(String name) {
        return Fixtures.read("messenger/" + name);
    }

    /** A Send API answer by name, such as {@code error_551_user_unavailable.json}. */
    public static String sendApi(String name) {
        return Fixtures.read("messenger/send_api/" + name);
    }

    /** Every JSON file directly in {@code messenger/}, sorted: the webhook bodies and the verification note. */
    public static List<String> names() {
        return Fixtures.jsonNames("messenger");
    }

    /** The webhook bodies alone. */
    public static List<String> webhookNames() {
        return names().stream().filter(name -> !name.equals(VERIFICATION)).toList();
    }

    public static List<String> sendApiNames() {
        return Fixtures.jsonNames("messenger/send_api");
    }
}
