package vn.chidoan.core.features.record.importing;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.TestFiles;
import vn.chidoan.core.testing.Turn;

/**
 * The roster-import and template tests' branch ({@link RecordScenario}: its secretary, Dung and Giang), run
 * on each database, and how they make a roster file and send it with {@code /thanhvien_nhap} in the
 * secretary's private chat.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class RosterImportScenarioTest {
    static final List<String> HEADER = List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đoàn",
            "Số thẻ đoàn viên", "Số điện thoại", "Mức đoàn phí");

    @Parameter
    Database db;

    RecordScenario s;
    TestFiles files;

    @BeforeEach
    void branch() {
        s = new RecordScenario(db);
        files = s.bot.bean(TestFiles.class);
    }

    Attachment workbook(List<List<Object>> rows) {
        return files.document("danh-sach.xlsx", Spreadsheet.named("danh-sach").sheet("Đoàn viên", HEADER, rows)
                .bytes());
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    Turn imports(Attachment file) {
        return s.bot.inPrivate(s.secretary).sends(file, "/thanhvien_nhap");
    }

    List<String> rosterNames() {
        return s.bot.members().roster(s.branchId()).stream().map(RosterEntry::name).toList();
    }

    PersonId named(String name) {
        return s.bot.members().roster(s.branchId()).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow().person();
    }

    long plansKept() {
        return s.bot.mongo().getCollection(PlanStore.COLLECTION).countDocuments();
    }
}
