package vn.chidoan.core.features.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/** {@code /thanhvien_xuat}: the roster with its records as .xlsx, privately, every export recorded once. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class RosterExportTest {
    @Parameter
    Database db;

    RecordScenario s;

    @BeforeEach
    void branch() {
        s = new RecordScenario(db);
    }

    private RecordingOutbox.Sent privateFile(Turn turn) {
        return turn.messages().stream().filter(m -> m.chat().equals(s.secretary.ref().privateChat()))
                .filter(m -> m.message().attachment() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no private file in " + turn));
    }

    @Test
    void theSecretaryGetsTheRosterWithItsRecordsPrivatelyAndTheExportIsRecordedOnce() {
        s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "15/03/2008");
        s.corrects(s.secretary, s.dung, Field.PHONE, "0912345678");
        s.corrects(s.secretary, s.dung, Field.FEE_CATEGORY, "học sinh");

        Turn exported = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien_xuat");

        assertThat(exported.templates()).contains("record.export.file", "record.private.sent");
        Attachment file = privateFile(exported).message().attachment();
        assertThat(file.fileName()).isEqualTo("danh-sach-doan-vien-02-03-2026.xlsx");
        List<List<String>> rows = SheetRows.of(file.content());
        assertThat(rows.get(0)).containsExactly("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đoàn",
                "Số thẻ đoàn viên", "Số điện thoại", "Mức đoàn phí", "Tình trạng", "Vai trò");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).contains("1", "Bí Thư Chi đoàn 12A1", "đang sinh hoạt", "bí thư");
        assertThat(rows.get(2)).containsExactly("2", "Phạm Thị Dung", "15/03/2008", "0912 345 678",
                "không có thu nhập (học sinh, sinh viên)", "đang sinh hoạt");
        assertThat(exported.messages()).filteredOn(m -> m.chat().equals(s.bot.group(RecordScenario.GROUP)))
                .noneMatch(m -> m.message().attachment() != null);

        s.bot.replay(exported);
        assertThat(s.bot.bean(ExportLog.class).of(s.branchId())).singleElement().satisfies(entry -> {
            assertThat(entry.by()).isEqualTo(s.person(s.secretary));
            assertThat(entry.rows()).isEqualTo(3);
            assertThat(entry.at()).isEqualTo(s.bot.clock().instant());
        });
    }

    @Test
    void aMemberCannotExportTheRosterAndNothingIsRecorded() {
        Turn refused = s.bot.inPrivate(s.dung).says("/thanhvien_xuat");

        assertThat(refused.templates()).containsExactly("pipeline.refused.bch");
        assertThat(refused.messages()).allMatch(m -> m.message().attachment() == null);
        assertThat(s.bot.bean(ExportLog.class).of(s.branchId())).isEmpty();
    }

    @Test
    void erasingTheExporterKeepsTheExportWithoutThem() {
        s.bot.inPrivate(s.secretary).says("/thanhvien_xuat");

        s.bot.bean(ExportLog.class).forget(new vn.chidoan.core.kernel.personal.DataSubject(s.person(s.secretary),
                List.of(), null));

        assertThat(s.bot.bean(ExportLog.class).of(s.branchId())).singleElement()
                .satisfies(entry -> assertThat(entry.by()).isNull());
    }
}
