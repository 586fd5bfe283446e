package vn.chidoan.core.kernel.chat;

import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Neutral rich text: plain text with line breaks and a small set of inline tags
 * ({@code <b>}, {@code <i>}, {@code <a href="...">}, {@code <code>}). User data inside is already
 * escaped ({@code &lt; &gt; &amp; &quot;}). Telegram takes it as HTML; other platforms strip it with
 * {@link #toPlainText()}.
 */
public record RichText(String markup) {
    /** Numeric character references such as {@code &#39;} and {@code &#x3D;}, which the template escaper writes. */
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    public RichText {
        Objects.requireNonNull(markup, "markup");
    }

    /** Rich text that shows {@code text} literally, with no formatting. */
    public static RichText plain(String text) {
        return new RichText(escape(text));
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The text as a person reads it: tags removed, entities decoded; links keep their address. */
    public String toPlainText() {
        String withLinks = markup.replaceAll("<a href=\"([^\"]*)\">([^<]*)</a>", "$2 ($1)");
        String stripped = withLinks.replaceAll("</?(b|i|u|s|code|pre|a)( [^>]*)?>", "");
        String named = stripped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        return NUMERIC_ENTITY.matcher(named).replaceAll(RichText::decodeNumeric).replace("&amp;", "&");
    }

    private static String decodeNumeric(MatchResult entity) {
        String number = entity.group(1);
        int codePoint = number.startsWith("x") ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
        return Matcher.quoteReplacement(new String(Character.toChars(codePoint)));
    }

    public RichText append(RichText more) {
        return new RichText(markup + more.markup);
    }
}
