package vn.chidoan.core.org.activity;

import java.util.Optional;
import vn.chidoan.core.kernel.chat.PersonId;

/**
 * Port: a member's yearly classification once the branch decided it, for {@code /toi}. The member
 * records feature implements it; with no implementation {@code /toi} says none is decided yet.
 */
public interface Standings {

    /** The classification's key for the year, one of {@link #KEYS}, or empty while not decided. */
    Optional<String> classification(PersonId person, int year);

    /**
     * The four grades of the yearly evaluation, best first, each the label template
     * {@code activity.classification.<key>}: excellent (hoàn thành xuất sắc nhiệm vụ), good (hoàn thành tốt),
     * done (hoàn thành) and not_done (không hoàn thành).
     */
    java.util.List<String> KEYS = java.util.List.of("excellent", "good", "done", "not_done");
}
