package vn.chidoan.core.org.unit;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.chidoan.core.org.member.WrongCode;

/**
 * Whether a typed invite code may be used, one check for {@code /start} and {@code /lienket}: it must
 * exist, not have been replaced by a newer one, not be another person's already (a join code is
 * everyone's), and a leader's or link code must be used within its validity. Each refusal is a
 * {@link WrongCode} that says who can give a new code.
 */
final class UsableCodes {
    private final InviteStore invites;
    private final UnitStore units;
    private final Duration validity;
    private final Clock clock;

    UsableCodes(InviteStore invites, UnitStore units, Duration validity, Clock clock) {
        this.invites = invites;
        this.units = units;
        this.validity = validity;
        this.clock = clock;
    }

    Duration validity() {
        return validity;
    }

    /** The code if {@code person} (null for someone not known yet) may use it; {@link WrongCode} otherwise. */
    InviteStore.InviteDoc check(String typed, String person) {
        String normalised = InviteStore.normalise(typed);
        InviteStore.InviteDoc code = invites.find(normalised)
                .orElseThrow(() -> new WrongCode("org.code.unknown", Map.of("code", normalised)));
        if (code.revokedAt() != null) {
            throw new WrongCode(code.purpose() == InviteStore.Purpose.JOIN_BRANCH ? "org.code.renewed"
                    : "org.code.revoked", Map.of("code", code.id()));
        }
        if (code.purpose() != InviteStore.Purpose.JOIN_BRANCH && code.usedByOtherThan(person)) {
            throw new WrongCode("org.code.used", Map.of("code", code.id()));
        }
        if (code.expiredAt(clock.instant(), validity)) {
            Map<String, Object> model = new HashMap<>(Map.of("code", code.id(), "days", validity.toDays()));
            issuer(code).ifPresent(unit -> model.put("issuer", unit));
            throw new WrongCode("org.code.expired", model);
        }
        return code;
    }

    /** Who can issue a new code for the unit: the officers of the unit above it (none above the root: the admin). */
    private Optional<String> issuer(InviteStore.InviteDoc code) {
        return units.byId(code.unitId()).map(Unit::parent).flatMap(units::byId).map(Unit::name);
    }
}
