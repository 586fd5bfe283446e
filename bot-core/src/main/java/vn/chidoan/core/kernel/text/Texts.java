package vn.chidoan.core.kernel.text;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.RichText;

/**
 * Renders templates from the classpath at {@code templates/<lang>/<key with dots as slashes>.mustache}.
 * Values are HTML-escaped, so user data can never inject markup; a missing template or variable is an
 * error, never a blank. Unknown languages fall back to Vietnamese.
 */
@Component
public class Texts {
    public static final String VIETNAMESE = "vi";
    public static final Set<String> LANGUAGES = Set.of("vi", "en");

    private final Map<String, Template> cache = new ConcurrentHashMap<>();
    private final ClassLoader loader = Texts.class.getClassLoader();

    public RichText render(String key, String lang, Map<String, ?> model) {
        String language = LANGUAGES.contains(lang) ? lang : VIETNAMESE;
        Template template = cache.computeIfAbsent(language + "/" + key, this::compile);
        return new RichText(template.execute(model).strip());
    }

    public RichText render(String key, String lang) {
        return render(key, lang, Map.of());
    }

    /** The rendered text with markup removed: for button labels and toasts. */
    public String plain(String key, String lang, Map<String, ?> model) {
        return render(key, lang, model).toPlainText();
    }

    public String plain(String key, String lang) {
        return plain(key, lang, Map.of());
    }

    public boolean exists(String key, String lang) {
        return loader.getResource(path(lang + "/" + key)) != null;
    }

    private Template compile(String localizedKey) {
        String lang = localizedKey.substring(0, localizedKey.indexOf('/'));
        Mustache.Compiler compiler = Mustache.compiler()
                .escapeHTML(true)
                .strictSections(false)
                .defaultValue(null)
                .withLoader(partial -> read("_partials/" + partial, lang));
        try (Reader reader = open(localizedKey)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reader read(String key, String lang) {
        return open(lang + "/" + key);
    }

    private Reader open(String localizedKey) {
        InputStream in = loader.getResourceAsStream(path(localizedKey));
        if (in == null) {
            throw new MissingTemplate(localizedKey);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String path(String localizedKey) {
        int slash = localizedKey.indexOf('/');
        return "templates/" + localizedKey.substring(0, slash + 1)
                + localizedKey.substring(slash + 1).replace('.', '/') + ".mustache";
    }

    /** A template key with no file for a language: a bug the template sync test catches first. */
    public static class MissingTemplate extends RuntimeException {
        MissingTemplate(String key) {
            super("no template " + key);
        }
    }

}
