package vn.chidoan.core.features.form;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Registration settings ({@code chidoan.forms.*}).
 *
 * @param countsBatch  at most one edit of a post's counts per this period, so a busy group stays under
 *                     the platform's edit limits
 * @param tickInterval how often the owed count edits are looked for
 * @param editBranches a form that reached more branches than this shows its counts when posted and
 *                     is not edited after (thousands of groups cannot be edited every few seconds);
 *                     {@code /dangky_ketqua} has the counts
 */
@ConfigurationProperties("chidoan.forms")
record FormProperties(Duration countsBatch, Duration tickInterval, int editBranches) {

    FormProperties {
        countsBatch = countsBatch == null ? Duration.ofSeconds(10) : countsBatch;
        tickInterval = tickInterval == null ? Duration.ofSeconds(2) : tickInterval;
        editBranches = editBranches > 0 ? editBranches : 20;
    }
}
