package vn.chidoan.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import vn.chidoan.core.testing.MutableClock;

/**
 * A clock that ticks in real time (so Quartz really fires) from a chosen starting point, and can
 * jump ahead as if the app had been down.
 */
final class TravellingClock extends Clock {
    private static final Clock SYSTEM = Clock.systemUTC();
    private volatile Duration shift;

    TravellingClock(Instant startAt) {
        travelTo(startAt);
    }

    void travelTo(Instant target) {
        shift = Duration.between(SYSTEM.instant(), target);
    }

    void advance(Duration by) {
        shift = shift.plus(by);
    }

    @Override
    public Instant instant() {
        return SYSTEM.instant().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return MutableClock.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the app runs in one zone");
    }
}
