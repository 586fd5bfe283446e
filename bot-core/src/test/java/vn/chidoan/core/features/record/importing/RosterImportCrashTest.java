package vn.chidoan.core.features.record.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.testing.Turn;

/**
 * {@code /thanhvien_nhap} across a crash: a confirmed import cut short is finished on restart, adding nobody
 * twice and telling the secretary once.
 */
class RosterImportCrashTest extends RosterImportScenarioTest {
    @Test
    void anImportACrashCutShortIsFinishedOnRestartWithoutAddingAnyoneTwice() {
        Turn checked = imports(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"),
                row(null, "Lê Thị Mai", "01/09/2009"))));
        Importer importer = s.bot.bean(Importer.class);
        String id = checked.buttonData("hsn:").split(":")[1];
        ImportPlan claimed = importer.plans().claim(id, s.person(s.secretary), s.bot.clock().instant()).orElseThrow();
        // the crash: the first row was added and marked done, the second not yet
        RosterEntry first = s.bot.members().addByName(s.branchId(), "Trần Văn Hùng", "vi", "import:" + id + ":2");
        importer.plans().done(id, 0, first.person());
        assertThat(claimed.status()).isEqualTo(ImportPlan.Status.APPLYING);

        ImportApplier applier = s.bot.bean(ImportApplier.class);
        assertThat(applier.resume()).as("a run confirmed a moment ago is left to finish itself").isZero();
        s.bot.clock().advance(Duration.ofMinutes(2));
        int finished = applier.resume();

        assertThat(finished).isEqualTo(1);
        assertThat(rosterNames()).containsExactly("Bí Thư Chi đoàn 12A1", "Phạm Thị Dung", "Vũ Văn Giang",
                "Trần Văn Hùng", "Lê Thị Mai");
        assertThat(importer.plans().find(id).orElseThrow().status()).isEqualTo(ImportPlan.Status.APPLIED);
        assertThat(s.bot.outbox().messagesTo(s.secretary.ref().privateChat()))
                .filteredOn(m -> m.text().contains("Đã nhập danh sách")).hasSize(1);
        assertThat(applier.resume()).isZero();
        assertThat(s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:")).templates())
                .containsExactly("record.import.already_applied");
        assertThat(rosterNames()).hasSize(5);
    }
}
