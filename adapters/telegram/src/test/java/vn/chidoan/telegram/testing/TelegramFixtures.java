package vn.chidoan.telegram.testing;

import vn.chidoan.core.testing.SharedFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared Telegram payload fixtures. They live in {@code shared/fixtures} beside the repository (in
 * CI the repository is cloned with {@code shared/} next to it), found by walking up from the working
 * directory.
 */
public final class TelegramFixtures {

    private TelegramFixtures() {
    }

    /** The {@code shared/fixtures} folder. */
    public static Path root() {
        return SharedFixtures.root();
    }

    /** An update fixture by file name, such as {@code group_command.json}. */
    public static String update(String name) {
        return read(root().resolve("telegram").resolve(name));
    }

    /** A Bot API response fixture by file name, such as {@code error_429_retry_after.json}. */
    public static String api(String name) {
        return read(root().resolve("telegram").resolve("api").resolve(name));
    }

    /** Every update fixture file name, sorted. */
    public static List<String> updateNames() {
        try (Stream<Path> files = Files.list(root().resolve("telegram"))) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every API response fixture file name, sorted. */
    public static List<String> apiNames() {
        try (Stream<Path> files = Files.list(root().resolve("telegram").resolve("api"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return SharedFixtures.read(file);
    }
}
