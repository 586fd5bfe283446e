package vn.chidoan.core.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.org.unit.UnitKind;

/** Every template the core names, literally or by a family (one per role, kind or place), exists in both languages. */
class TemplateKeysInCodeTest {
    private static final Pattern KEY = Pattern.compile(
            "\"((?:pipeline|conversation|org|member|command|outbox|comment|meeting|form|poll|activity|fee|money"
                    + "|notice|record|files)(?:\\.[a-z_]+)+)\"");

    private final Texts texts = new Texts();

    @Test
    void everyTemplateKeyWrittenInTheCodeExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher literal = KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (literal.find()) {
                    keys.add(literal.group(1));
                }
            }
        }

        assertThat(keys).hasSizeGreaterThan(50);
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyTemplateOfAFamilyExists() {
        List<String> keys = new ArrayList<>();
        for (Role role : Role.values()) {
            String code = role.name().toLowerCase(Locale.ROOT);
            keys.add("pipeline.role." + code);
            if (role.atLeast(Role.MEMBER)) {
                keys.add("pipeline.refused." + code);
                keys.add("pipeline.button_refused." + code);
            }
        }
        keys.add("pipeline.place." + Place.GROUP.name().toLowerCase(Locale.ROOT));
        keys.add("pipeline.place." + Place.PRIVATE.name().toLowerCase(Locale.ROOT));
        for (UnitKind kind : UnitKind.values()) {
            keys.add(kind.labelKey());
        }

        assertThat(missing(keys)).isEmpty();
    }

    private List<String> missing(Iterable<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (String lang : Texts.LANGUAGES) {
                if (!texts.exists(key, lang)) {
                    missing.add(lang + "/" + key);
                }
            }
        }
        return missing;
    }
}
