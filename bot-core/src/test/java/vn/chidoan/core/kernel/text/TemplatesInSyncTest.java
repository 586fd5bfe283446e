package vn.chidoan.core.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template exists in Vietnamese and in English (like petclinic's I18nPropertiesSyncTest), and
 * uses only the markup adapters understand.
 */
class TemplatesInSyncTest {
    private static final Set<String> ALLOWED_TAGS = Set.of("b", "i", "a", "code");
    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z]+)[^>]*>");

    @Test
    void everyKeyExistsInBothLanguages() throws Exception {
        Map<String, String> vi = templates("vi");
        Map<String, String> en = templates("en");

        assertThat(vi).as("templates found on the classpath").hasSizeGreaterThan(100);
        assertThat(en.keySet()).as("keys in vi missing from en").containsAll(vi.keySet());
        assertThat(vi.keySet()).as("keys in en missing from vi").containsAll(en.keySet());
    }

    @Test
    void templatesAreNotEmptyAndUseOnlyAllowedMarkup() throws Exception {
        for (String lang : Texts.LANGUAGES) {
            templates(lang).forEach((key, text) -> {
                assertThat(text.strip()).as(lang + "/" + key).isNotEmpty();
                Matcher tags = TAG.matcher(text);
                while (tags.find()) {
                    assertThat(tags.group(1)).as("markup in " + lang + "/" + key).isIn(ALLOWED_TAGS);
                }
            });
        }
    }

    /** Key → text of every template of a language, across every classpath root that has some. */
    static Map<String, String> templates(String lang) throws IOException, URISyntaxException {
        Map<String, String> found = new TreeMap<>();
        for (URL root : Collections.list(TemplatesInSyncTest.class.getClassLoader().getResources("templates/" + lang))) {
            Path dir = path(root.toURI());
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".mustache")).toList()) {
                    String relative = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                    String key = relative.substring(0, relative.length() - ".mustache".length()).replace('/', '.');
                    found.put(key, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return found;
    }

    private static Path path(URI uri) throws IOException {
        if (!"jar".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException open) {
            jar = FileSystems.getFileSystem(uri);
        }
        return jar.provider().getPath(uri);
    }
}
