package vn.chidoan.core.features.poll;

import java.time.Instant;
import java.util.List;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/** A member's answer to a poll that names its voters: the options they chose, by position. */
record Vote(long poll, PersonId person, UnitId branch, List<Integer> options, Instant at) {
    Vote {
        options = List.copyOf(options);
    }
}
