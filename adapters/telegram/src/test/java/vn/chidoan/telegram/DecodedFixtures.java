package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.telegram.testing.TelegramFixtures;

/** The recorded updates decoded as the fixtures' bot ({@code @nvt_ssh_bot}, whom their commands address). */
final class DecodedFixtures {
    static final TelegramDecoder DECODER = new TelegramDecoder(BotIdentity.of(5_000_000_001L, "nvt_ssh_bot"));

    private DecodedFixtures() {
    }

    static List<Inbound> decode(String fixture) {
        return DECODER.decode(TelegramFixtures.update(fixture));
    }

    /** The one event the update makes, of this type. */
    static <T extends Inbound> T single(String fixture, Class<T> type) {
        return only(decode(fixture), fixture, type);
    }

    /** The one event an update's JSON makes, of this type. */
    static <T extends Inbound> T singleOf(String json, Class<T> type) {
        return only(DECODER.decode(json), json, type);
    }

    private static <T extends Inbound> T only(List<Inbound> events, String what, Class<T> type) {
        assertThat(events).as(what + " → " + events.stream().map(Object::toString).collect(Collectors.joining()))
                .singleElement().isInstanceOf(type);
        return type.cast(events.get(0));
    }
}
