package vn.chidoan.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The platform payloads in {@code shared/fixtures}, found by walking up from the working directory
 * (CI clones the repository with {@code shared/} beside it), read as UTF-8.
 */
public final class SharedFixtures {
    private static final Path FIXTURES = Path.of("shared", "fixtures");

    private SharedFixtures() {
    }

    /** The {@code shared/fixtures} folder. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(FIXTURES))) {
                return dir.resolve(FIXTURES);
            }
        }
        throw new IllegalStateException("no shared/fixtures above " + Path.of("").toAbsolutePath());
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
