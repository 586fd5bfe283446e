package vn.chidoan.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The page ships the colour emoji it shows, because the bot's markers (⏰ 📍 ✅) mean something and a
 * browser without an emoji font shows empty boxes for them. Adding an emoji to a template or the page
 * means rebuilding the font: {@code /usr/bin/python3 adapters/sandbox/tools/emoji-font.py}.
 */
class EmojiFontTest {
    private static final String[] TEXTS = {"classpath*:templates/**/*.mustache", "classpath*:sandbox-web/*.js",
        "classpath*:sandbox-web/*.html"};
    private static final String FONT = "sandbox-web/emoji/NotoColorEmoji-sandbox.ttf";

    @Test
    void theEmojiFontThePageShipsHasEveryEmojiOfTheBotsTextsAndOfThePage() throws Exception {
        Font font;
        try (InputStream file = new ClassPathResource(FONT).getInputStream()) {
            font = Font.createFont(Font.TRUETYPE_FONT, file);
        }
        SortedSet<Integer> used = emojiIn(TEXTS);

        assertThat(used).as("the markers of meeting reminders and confirmations").contains(0x23F0, 0x1F4CD, 0x2705);
        assertThat(used.stream().filter(code -> !font.canDisplay(code)).map(Character::toString)
                .collect(Collectors.joining(" ")))
                .as("emoji missing from the font (run adapters/sandbox/tools/emoji-font.py)").isEmpty();
        assertThat(font.canDisplay('A')).as("letters keep the text font").isFalse();
    }

    /** The same rule as the script: the miscellaneous technical and symbol blocks, dingbats, and U+1F000 on. */
    private static SortedSet<Integer> emojiIn(String... patterns) throws IOException {
        SortedSet<Integer> codes = new TreeSet<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : patterns) {
            for (Resource resource : resolver.getResources(pattern)) {
                resource.getContentAsString(StandardCharsets.UTF_8).codePoints().filter(EmojiFontTest::emoji)
                        .forEach(codes::add);
            }
        }
        return codes;
    }

    private static boolean emoji(int code) {
        return (code >= 0x2300 && code <= 0x23FF) || (code >= 0x2600 && code <= 0x27BF) || code >= 0x1F000;
    }
}
