package vn.chidoan.core.kernel.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.testing.MutableClock;

class RefusalsTest {
    private final MutableClock clock = new MutableClock(InboundFixture.START);

    @Test
    void aFloodOfRefusalsIsSaidOnceInTenSecondsWithHowManyWereRefused() {
        Refusals refusals = new Refusals(clock);
        Logger logger = (Logger) LoggerFactory.getLogger(MongoInboundGateway.class);
        ListAppender<ILoggingEvent> said = new ListAppender<>();
        said.start();
        logger.addAppender(said);

        for (int i = 1; i <= 500; i++) {
            refusals.refused("telegram:update:" + i);
        }
        clock.advance(Duration.ofSeconds(9));
        refusals.refused("telegram:update:501");
        clock.advance(Duration.ofSeconds(1));
        refusals.refused("telegram:update:502");
        logger.detachAppender(said);

        assertThat(said.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "inbound: saturated, 1 event(s) refused for now (the platforms send them again), the latest telegram:update:1",
                "inbound: saturated, 501 event(s) refused for now (the platforms send them again), the latest telegram:update:502");
    }
}
