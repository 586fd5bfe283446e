package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HtmlSplitterTest {
    private static final int LIMIT = 4096;

    @Test
    void shortTextIsOnePart() {
        assertThat(HtmlSplitter.split("<b>Xin chào</b>\nmọi người", LIMIT)).containsExactly("<b>Xin chào</b>\nmọi người");
    }

    @Test
    void tenThousandCharactersSplitOnLineEndsInOrder() {
        String text = lines(200, 49);
        assertThat(text).hasSize(200 * 50 - 1);

        List<String> parts = HtmlSplitter.split(text, LIMIT);

        assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(LIMIT));
        assertThat(String.join("\n", parts)).isEqualTo(text);
        assertThat(parts.get(0)).startsWith("000:").endsWith(";");
        assertThat(parts.get(1)).startsWith(String.format("%03d:", parts.get(0).split("\n").length));
    }

    @Test
    void tagOpenAcrossACutIsClosedAndReopened() {
        String text = "<b>" + lines(10, 19) + "</b>\n<a href=\"https://t.me/x?start=a&amp;b\">" + lines(10, 19) + "</a>";

        List<String> parts = HtmlSplitter.split(text, 90);

        assertThat(parts).hasSizeGreaterThan(3).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(90);
            assertThat(count(part, "<b>")).isEqualTo(count(part, "</b>"));
            assertThat(count(part, "<a ")).isEqualTo(count(part, "</a>"));
        });
        assertThat(parts).filteredOn(p -> p.contains("<a ")).allSatisfy(
                p -> assertThat(p).startsWith("<a href=\"https://t.me/x?start=a&amp;b\">"));
        assertThat(plain(String.join("\n", parts))).isEqualTo(plain(text));
    }

    @Test
    void longLineWithoutBreaksIsCutBetweenWords() {
        String text = IntStream.range(0, 400).mapToObj(i -> "từ" + i).collect(Collectors.joining(" "));

        List<String> parts = HtmlSplitter.split(text, 1000);

        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(1000));
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }

    @Test
    void entitiesAndSurrogatePairsAreNeverCut() {
        String text = "&amp;😊".repeat(300);

        List<String> parts = HtmlSplitter.split(text, 100);

        assertThat(String.join("", parts)).isEqualTo(text);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part).startsWith("&amp;").endsWith("😊");
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
        });
    }

    private static String lines(int count, int width) {
        return IntStream.range(0, count)
                .mapToObj(i -> String.format("%03d:", i) + "x".repeat(width - 5) + ";")
                .collect(Collectors.joining("\n"));
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    private static String plain(String markup) {
        return markup.replaceAll("<[^>]+>", "");
    }
}
