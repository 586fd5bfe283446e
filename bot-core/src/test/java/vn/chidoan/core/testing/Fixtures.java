package vn.chidoan.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The platform payloads the tests use, kept in this repository under {@code fixtures/} on the test
 * class path (bot-core's test resources, shipped in its test jar to the adapters and the app). Where
 * each payload's shape comes from is in {@code fixtures/README.md}.
 */
public final class Fixtures {
    private static final String ROOT = "fixtures/";

    private Fixtures() {
    }

    /** A fixture by its path under {@code fixtures/}, such as {@code telegram/group_command.json}, as UTF-8. */
    public static String read(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + ROOT + path + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the {@code .json} files directly in a folder under {@code fixtures/}, sorted. */
    public static List<String> jsonNames(String folder) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(Fixtures.class.getClassLoader())
                    .getResources("classpath*:" + ROOT + folder + "/*.json");
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull).distinct().sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
