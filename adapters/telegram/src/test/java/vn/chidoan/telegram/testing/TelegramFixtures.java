package vn.chidoan.telegram.testing;

import java.util.List;
import vn.chidoan.core.testing.Fixtures;

/** The Telegram payload fixtures in the repository ({@code fixtures/telegram}; see {@link Fixtures}). */
public final class TelegramFixtures {

    private TelegramFixtures() {
    }

    /** An update fixture by file name, such as {@code group_command.json}. */
    public static String update(String name) {
        return Fixtures.read("telegram/" + name);
    }

    /** A Bot API response fixture by file name, such as {@code error_429_retry_after.json}. */
    public static String api(String name) {
        return Fixtures.read("telegram/api/" + name);
    }

    /** Every update fixture file name, sorted. */
    public static List<String> updateNames() {
        return Fixtures.jsonNames("telegram");
    }

    /** Every API response fixture file name, sorted. */
    public static List<String> apiNames() {
        return Fixtures.jsonNames("telegram/api");
    }
}
