package vn.chidoan.core.org.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.outbox.chats.ChatStates;
import vn.chidoan.core.org.member.WrongCode;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.EventBus;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.TestBot;

/** How long leader and link codes last is a setting, {@code chidoan.codes.validity}, 7 days unless set. */
class CodeValidityTest {

    @Test
    void theValidityIsSevenDaysUnlessConfigured() {
        assertThat(CodeProperties.defaults().validity()).isEqualTo(Duration.ofDays(7));
        CodeProperties bound = new Binder(new MapConfigurationPropertySource(Map.of("chidoan.codes.validity", "2d")))
                .bind("chidoan.codes", CodeProperties.class).get();
        assertThat(bound.validity()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void aCodeLastsAsLongAsConfigured() {
        MutableClock clock = new MutableClock(TestBot.START);
        MongoTemplate mongo = Database.EMBEDDED.freshTemplate();
        Organisation org = new Organisation(mongo, clock, new EventBus(), List.of(), new ChatStates(mongo),
                new CodeProperties(Duration.ofDays(2)));
        Unit province = org.create("Tỉnh đoàn Hà Nam", UnitKind.TINH_DOAN, null, "test:province");
        String code = org.invites().issue(InviteStore.Purpose.LEAD_UNIT, province.id(), "test:code", clock.instant()).id();

        clock.advance(Duration.ofDays(2).minusMinutes(1));
        assertThat(org.codes().check(code, null).id()).isEqualTo(code);
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> org.codes().check(code, null)).isInstanceOf(WrongCode.class)
                .extracting(e -> ((WrongCode) e).model().get("days")).isEqualTo(2L);
    }
}
