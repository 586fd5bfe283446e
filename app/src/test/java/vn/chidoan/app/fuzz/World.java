package vn.chidoan.app.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import vn.chidoan.app.testing.Province;

/**
 * The people and chats the fuzzing speaks as, in the {@link #PROVINCE} it seeds: the system admins,
 * the province's officer, the secretaries and members of two Telegram branches (with their groups) and
 * of two Messenger branches, people the bot does not know, and a group no branch linked.
 */
final class World {
    static final Province PROVINCE = new Province(4, 1, 5, 2);
    static final long TELEGRAM_ADMIN = 1001;
    static final String MESSENGER_ADMIN = "7000100";
    static final long OFFICER = 77_000_001L;
    static final long UNLINKED_GROUP = -100_555_000L;
    static final long BOT_ID = 7_000_000_001L;
    static final String PAGE_ID = "1867223756886946";
    /** Telegram people: admin, officer, branch 1's and 3's secretary and members, two strangers. */
    static final List<Long> TELEGRAM_PEOPLE = Stream.of(Stream.of(TELEGRAM_ADMIN, OFFICER, 6_100_001L, 6_100_002L),
            LongStream.rangeClosed(10_000_005, 10_000_009).boxed(), LongStream.rangeClosed(10_000_015, 10_000_019).boxed())
            .flatMap(s -> s).toList();
    /** Messenger people: admin, branch 0's and 2's secretary and members, two strangers. */
    static final List<String> MESSENGER_PEOPLE = Stream.of(Stream.of(MESSENGER_ADMIN, "9990001", "9990002"),
            LongStream.rangeClosed(10_000_000, 10_000_004).mapToObj(Long::toString),
            LongStream.rangeClosed(10_000_010, 10_000_014).mapToObj(Long::toString)).flatMap(s -> s).toList();
    private static final ObjectMapper JSON = new ObjectMapper();

    private World() {
    }

    static Arbitrary<Long> telegramPerson() {
        return Arbitraries.of(TELEGRAM_PEOPLE);
    }

    static Arbitrary<String> messengerPerson() {
        return Arbitraries.of(MESSENGER_PEOPLE);
    }

    static ObjectNode telegramFrom(long person) {
        return JSON.createObjectNode().put("id", person).put("is_bot", false).put("first_name", "Người " + person % 100)
                .put("language_code", person % 3 == 0 ? "en" : "vi");
    }

    /** {@code where}: 0 and 1 the person's private chat, 2 and 3 the groups of branches 1 and 3, 4 an unlinked group. */
    static ObjectNode telegramChat(long person, int where) {
        return switch (where) {
            case 2 -> group(Province.group(1), "Chi đoàn 1");
            case 3 -> group(Province.group(3), "Chi đoàn 3");
            case 4 -> group(UNLINKED_GROUP, "Nhóm lạ");
            default -> JSON.createObjectNode().put("id", person).put("type", "private").put("first_name", "Người");
        };
    }

    static ObjectNode botMember(String status) {
        ObjectNode member = JSON.createObjectNode().put("status", status);
        member.putObject("user").put("id", BOT_ID).put("is_bot", true).put("first_name", "Chi Đoàn Số")
                .put("username", "chidoan_test_bot");
        return member;
    }

    private static ObjectNode group(long id, String title) {
        return JSON.createObjectNode().put("id", id).put("type", "supergroup").put("title", title);
    }
}
