package vn.chidoan.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that ticks in real time (so Quartz really fires) from a chosen starting point, and can
 * jump ahead as if the app had been down.
 */
public final class TravellingClock extends Clock {
    private static final Clock SYSTEM = Clock.systemUTC();
    private volatile Duration shift;

    public TravellingClock(Instant startAt) {
        travelTo(startAt);
    }

    public void travelTo(Instant target) {
        shift = Duration.between(SYSTEM.instant(), target);
    }

    public void advance(Duration by) {
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
