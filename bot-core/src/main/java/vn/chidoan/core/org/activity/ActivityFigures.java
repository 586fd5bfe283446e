package vn.chidoan.core.org.activity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Port: one feature's figures about branches and their members over a period, for the readers that
 * sum up a year or a quarter across features (the yearly evaluation, a member's own year in
 * {@code /toi}, {@code /baocao}). Each feature that counts something implements it as a Spring bean;
 * a reader asks every bean and never imports a feature. Figures are facts counted from the feature's
 * own records, never estimates.
 */
public interface ActivityFigures {

    /** A stable name for the feature's figures: {@code meeting}, {@code fee}, {@code comment}, … */
    String topic();

    /** Per branch, the branch's figures over the period (meetings held, attendance, fees collected, …). */
    Map<UnitId, List<Figure>> branches(Collection<UnitId> branches, DatePeriod period);

    /** Per member of one branch, what they did over the period (meetings attended, fees paid, …). */
    Map<PersonId, List<Figure>> members(UnitId branch, DatePeriod period);

    /**
     * One branch's occasions over the period, earliest first, each with its own figures (a meeting and its
     * attendance), for a report by occasion; none by default.
     */
    default List<Occasion> occasions(UnitId branch, DatePeriod period) {
        return List.of();
    }
}
