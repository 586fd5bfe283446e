package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Speaker;

/**
 * The rows of one kind of the {@link PermissionTable}, each run by every role in 12A1's group and in a
 * private chat of the {@link PermissionWorld}: a cell the bot does not do as written fails, named.
 */
abstract class PermissionCells {
    private final Predicate<String> kind;
    PermissionWorld world;

    PermissionCells(Predicate<String> kind) {
        this.kind = kind;
    }

    @BeforeEach
    void theWorld() {
        world = new PermissionWorld();
    }

    @Test
    void eachRoleMayDoWhatTheTableSaysInTheGroupAndInPrivate() {
        PermissionMatrix expected = PermissionTable.expected(kind);
        assertThat(expected.rows()).as("rows of this kind").isNotEmpty();
        List<PermissionMatrix.Row> rows = new ArrayList<>();
        for (PermissionMatrix.Row row : expected.rows()) {
            List<String> cells = new ArrayList<>();
            for (Speaker actor : world.actors) {
                cells.add(world.outcome(row.what(), actor, true) + " " + world.outcome(row.what(), actor, false));
            }
            rows.add(new PermissionMatrix.Row(row.what(), row.means(), cells));
        }

        PermissionMatrix actual = new PermissionMatrix(rows);
        assertThat(actual.text()).as("cells that differ (role: expected → actual, group then private): %s",
                actual.differencesFrom(expected)).isEqualTo(expected.text());
    }
}
