package vn.chidoan.app.fuzz;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * What people type, generated: the bot's commands with arguments good and bad, commands it does not
 * know, Vietnamese with and without its diacritics, emoji, 10,000-character texts, control, bidi and
 * zero-width characters, and anything at all.
 */
final class Texts {
    static final List<String> COMMANDS = List.of("start", "trogiup", "help", "toi", "xoadulieu", "lienket", "donvi",
            "donvi_them", "chidoan_them", "bch_them", "thanhvien", "thanhvien_them", "thanhvien_xoa", "huy", "nhacnho",
            "gopy", "gopy_ketqua", "hop", "hop_dinhky", "diemdanh", "diemdanh_qr", "diemdanh_dong", "bienban",
            "baocao", "TroGiup", "trogiup@chidoan_test_bot", "trogiup@OtherBot");
    static final List<String> VIETNAMESE = List.of("Kế hoạch tháng 12", "Sinh hoạt chi đoàn tại Hội trường A",
            "Em xin phép vắng vì đi thi học sinh giỏi", "Chi đoàn 12A1", "Nguyễn Thị Ánh Tuyết", "Trần Văn Đức",
            "Đồng ý", "Không có ý kiến", "hạn 15/12 17h", "ẩn danh", "ghi tên", "Phường Điện Biên, Quận Ba Đình",
            "Tỉnh đoàn Hà Nam", "Ủy ban Kiểm tra", "tối nay họp lúc 19 giờ 30", "cuối tháng", "mai", "hôm nay");
    static final List<String> ARGUMENTS = List.of("", "15/12", "15/12/2026", "15-12-2026", "32/13", "29/02/2027",
            "31/04", "0/0", "mai", "hôm nay", "cuối tháng", "19h30", "19:30", "25h", "7:60", "19h 15/12",
            "hạn 15/12 17h", "hạn 32/13", "hạn hôm qua", "5000", "5.000", "5k", "-1", "0", "99999999999999999999",
            "1e309", "NaN", "tat", "bat", "gopy 5n", "hop 2n, 1g30p", "yenlang 22h-6h30", "yenlang 21:30",
            "hopp 3n", "ẩn danh", "ghi tên", "LK7MNP2QXA", "dd_abc", "gy1", "series:x", "@someone", "#hashtag",
            "<b>đậm</b>", "&amp;", "\"quoted\"", "\\\\", "${jndi:ldap://x}", "{{template}}", "'); DROP TABLE units;--",
            "null", "undefined", "[]", "{}");
    static final List<String> EMOJI = List.of("😀", "🎉", "👍🏽", "🇻🇳", "❤️‍🔥", "👨‍👩‍👧‍👦", "🙏", "✅", "🔥", "😂");
    /** Control characters, bidi overrides and isolates, zero-width characters, a byte-order mark. */
    static final String HOSTILE = "\u0000\u0001\u0007\u0008\t\n\r\u000b\u000c\u001b\u007f\u0085\u202a\u202b\u202c"
            + "\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\u2028\u2029\ufeff\ufffd\ufffe";

    private Texts() {
    }

    static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, command()),
                Tuple.of(2, unknownCommand()),
                Tuple.of(4, vietnamese()),
                Tuple.of(1, emoji()),
                Tuple.of(1, veryLong()),
                Tuple.of(2, hostile(vietnamese())),
                Tuple.of(2, hostile(command())),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(120)),
                Tuple.of(1, Arbitraries.of("", " ", "/", "\n", "/ ", "//trogiup", "/@")));
    }

    /** A command of the bot's, with arguments that may or may not make sense, maybe on several lines. */
    static Arbitrary<String> command() {
        Arbitrary<String> arguments = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(ARGUMENTS)),
                Tuple.of(3, vietnamese()),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(40)))
                .list().ofMaxSize(4).map(parts -> String.join(" ", parts));
        Arbitrary<String> content = Arbitraries.oneOf(Arbitraries.just(""), vietnamese().map(v -> "\n" + v));
        return net.jqwik.api.Combinators.combine(Arbitraries.of(COMMANDS), arguments, content)
                .as((name, args, more) -> "/" + name + (args.isBlank() ? "" : " " + args) + more);
    }

    static Arbitrary<String> unknownCommand() {
        return Arbitraries.strings().alpha().numeric().withChars('_').ofMinLength(1).ofMaxLength(20)
                .map(name -> "/" + name);
    }

    /** Vietnamese, as typed with its diacritics or without them (as on a keyboard without Telex). */
    static Arbitrary<String> vietnamese() {
        return Arbitraries.of(VIETNAMESE).list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(" ", parts))
                .flatMap(text -> Arbitraries.of(text, withoutDiacritics(text), text.toUpperCase()));
    }

    static Arbitrary<String> emoji() {
        return Arbitraries.of(EMOJI).list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
    }

    /** 10,000 characters (Telegram's own limit is 4,096; a comment may be long, a forwarded text longer). */
    static Arbitrary<String> veryLong() {
        return vietnamese().map(text -> (text + " ").repeat(10_000 / (text.length() + 1) + 1).substring(0, 10_000));
    }

    /** {@code text} with control, bidi and zero-width characters put in. */
    static Arbitrary<String> hostile(Arbitrary<String> text) {
        Arbitrary<String> inserts = Arbitraries.strings().withChars(HOSTILE).ofMinLength(1).ofMaxLength(6);
        return net.jqwik.api.Combinators.combine(text, inserts, Arbitraries.integers().between(0, 100))
                .as((base, insert, at) -> {
                    int position = Math.min(base.length(), at * base.length() / 100);
                    return base.substring(0, position) + insert + base.substring(position);
                });
    }

    static String withoutDiacritics(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
