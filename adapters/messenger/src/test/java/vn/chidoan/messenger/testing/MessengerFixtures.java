package vn.chidoan.messenger.testing;

import vn.chidoan.core.testing.SharedFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared Messenger payload fixtures in {@code shared/fixtures/messenger} beside the repository,
 * found by walking up from the working directory: webhook bodies, the verification note, and Send API
 * answers under {@code send_api/}.
 */
public final class MessengerFixtures {
    /** Describes a {@code GET} verification, not a body Facebook POSTs. */
    public static final String VERIFICATION = "verification_request.json";

    private MessengerFixtures() {
    }

    public static Path root() {
        return SharedFixtures.root().resolve("messenger");
    }

    /** A file in {@code messenger/} by name, such as {@code batch.json}. */
    public static String webhook(String name) {
        return read(root().resolve(name));
    }

    /** A Send API answer by name, such as {@code error_551_user_unavailable.json}. */
    public static String sendApi(String name) {
        return read(root().resolve("send_api").resolve(name));
    }

    /** Every JSON file directly in {@code messenger/}, sorted: the webhook bodies and the verification note. */
    public static List<String> names() {
        return list(root());
    }

    /** The webhook bodies alone. */
    public static List<String> webhookNames() {
        return names().stream().filter(name -> !name.equals(VERIFICATION)).toList();
    }

    public static List<String> sendApiNames() {
        return list(root().resolve("send_api"));
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return SharedFixtures.read(file);
    }
}
