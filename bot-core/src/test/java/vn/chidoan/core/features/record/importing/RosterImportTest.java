package vn.chidoan.core.features.record.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.HistoryEntry;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestFiles;
import vn.chidoan.core.testing.Turn;

/**
 * {@code /thanhvien_nhap}: a roster file is checked row by row against the roster, reported, and written
 * only when the secretary confirms a file with no refused row; a refused or unconfirmed file changes
 * nothing, and a confirmed one is applied whole, once, even across a crash.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class RosterImportTest {
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

    private Attachment workbook(List<List<Object>> rows) {
        return files.document("danh-sach.xlsx", Spreadsheet.named("danh-sach").sheet("Đoàn viên", HEADER, rows)
                .bytes());
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private Turn imports(Attachment file) {
        return s.bot.inPrivate(s.secretary).sends(file, "/thanhvien_nhap");
    }

    private List<String> rosterNames() {
        return s.bot.members().roster(s.branchId()).stream().map(RosterEntry::name).toList();
    }

    private PersonId named(String name) {
        return s.bot.members().roster(s.branchId()).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow().person();
    }

    private long plansKept() {
        return s.bot.mongo().getCollection(PlanStore.COLLECTION).countDocuments();
    }

    @Test
    void aFileWithBadRowsAndDuplicatesIsRefusedWholeWithEachRowsReasonAndChangesNothing() {
        Turn checked = imports(workbook(List.of(
                row(null, "Trần Văn Hùng", "15/03/2008", "Nam"),
                row(null, "Phạm Thị Dung", LocalDate.of(2008, 5, 1), null, null, null, "0912345678"),
                row(null, "Lê Thị Mai", "31/02/2008"),
                row(null, "trần  văn hùng", "15/3/2008"),
                row(null, null, "01/01/2008"),
                row(null, "Ngô Văn Phúc", "01/01/2009", "Nam", null, null, "12345"),
                row(null, "Đỗ Thị Hoa", null, "Nữ"))));

        assertThat(checked.templates()).contains("record.import.refused").doesNotContain("record.import.report");
        assertThat(checked.buttons()).isEmpty();
        assertThat(checked.text()).contains("5 dòng chưa dùng được", "chưa ghi gì",
                "Dòng 4 (Lê Thị Mai): Mình không đọc được «31/02/2008» là ngày sinh",
                "Dòng 5 (trần văn hùng): Trùng với dòng 2",
                "Dòng 6: Thiếu họ và tên",
                "Dòng 7 (Ngô Văn Phúc): «12345» không phải số điện thoại Việt Nam",
                "Dòng 8 (Đỗ Thị Hoa): Thiếu ngày sinh",
                "thêm 1 người và sửa hồ sơ 1 người")
                .doesNotContain("Dòng 2 (", "Dòng 3 (");
        assertThat(plansKept()).isZero();
        assertThat(rosterNames()).containsExactly("Bí Thư Chi đoàn 12A1", "Phạm Thị Dung", "Vũ Văn Giang");
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().field(Field.PHONE)).isEmpty();
    }

    @Test
    void nothingIsWrittenUntilTheSecretaryConfirmsThenEveryRowIsAndOnlyOnce() {
        Turn checked = imports(workbook(List.of(
                row(null, "Trần Văn Hùng", "15/03/2008", "Nam", null, "HN123456"),
                row(null, "phạm thị dung", LocalDate.of(2008, 5, 1), "Nữ", null, null, 912345678L, "học sinh"),
                row(null, "Vũ Văn Giang"),
                row(null, "Lê Thị Mai", "01/09/2009", null, "26/03/2024"))));

        assertThat(checked.templates()).contains("record.import.report");
        assertThat(checked.text()).contains("Thêm 2 người", "Dòng 2: Trần Văn Hùng — Ngày sinh 15/03/2008, Giới tính Nam,"
                + " Số thẻ đoàn viên HN123456", "Sửa hồ sơ 1 người", "Dòng 3: Phạm Thị Dung (số 2) — Ngày sinh 01/05/2008,"
                + " Giới tính Nữ, Số điện thoại 0912 345 678", "Chưa có gì được ghi");
        assertThat(rosterNames()).hasSize(3);
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().birthDate()).isEmpty();

        Turn confirmed = s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:"));

        assertThat(confirmed.templates()).contains("record.import.applied");
        assertThat(confirmed.text()).contains("thêm 2 người, sửa hồ sơ 1 người");
        assertThat(rosterNames()).containsExactly("Bí Thư Chi đoàn 12A1", "Phạm Thị Dung", "Vũ Văn Giang",
                "Trần Văn Hùng", "Lê Thị Mai");
        assertThat(s.records.find(named("Trần Văn Hùng")).orElseThrow().fields()).containsEntry(Field.CARD_NUMBER,
                "HN123456").containsEntry(Field.BIRTH_DATE, LocalDate.of(2008, 3, 15));
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().fields())
                .containsEntry(Field.PHONE, "+84912345678").containsEntry(Field.BIRTH_DATE, LocalDate.of(2008, 5, 1));
        assertThat(s.records.history(named("Lê Thị Mai"), 10)).extracting(HistoryEntry::operation)
                .contains(Operation.IMPORTED);
        assertThat(s.records.history(s.person(s.dung), 10)).extracting(HistoryEntry::operation)
                .containsOnlyOnce(Operation.UPDATED);

        Turn again = s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:"));
        s.bot.replay(confirmed);

        assertThat(again.templates()).contains("record.import.already_applied");
        assertThat(rosterNames()).hasSize(5);
        assertThat(s.records.history(s.person(s.dung), 10)).extracting(HistoryEntry::operation)
                .containsOnlyOnce(Operation.UPDATED);
        assertThat(s.bot.mongo().getCollection(PlanStore.COLLECTION).find().first()).doesNotContainKey("rows");
    }

    @Test
    void confirmingReplacesTheReportSoItsButtonsAreGone() {
        Turn checked = imports(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))));

        Turn confirmed = s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:"));

        assertThat(confirmed.messages()).filteredOn(m -> m.text().contains("Đã nhập danh sách")).singleElement()
                .satisfies(applied -> {
                    assertThat(applied.message().editOf()).as("Telegram edits the report in place")
                            .isEqualTo(((Inbound.ButtonPressed) confirmed.event()).messageId());
                    assertThat(applied.message().buttons()).isEmpty();
                });
    }

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

    @Test
    void aRosterChangedSinceTheCheckIsNeverWrittenOver() {
        Turn checked = imports(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))));
        Scenarios.joined(s.bot, s.branch, "Trần Văn Hùng");

        Turn confirmed = s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:"));

        assertThat(confirmed.templates()).contains("record.import.stale");
        assertThat(rosterNames()).containsOnlyOnce("Trần Văn Hùng");
    }

    @Test
    void onlyTheBranchCommitteeImportsAndConfirms() {
        assertThat(s.bot.inPrivate(s.dung).sends(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))),
                "/thanhvien_nhap").templates()).contains("pipeline.refused.bch");
        Turn checked = imports(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))));

        Turn pressedByMember = s.bot.inPrivate(s.dung).presses(checked.buttonData("hsn:"));

        assertThat(pressedByMember.toast()).isEqualTo(s.bot.texts().plain("record.import.not_allowed", "vi"));
        assertThat(rosterNames()).hasSize(3);
        assertThat(s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien_nhap").templates())
                .allMatch(key -> key.startsWith("pipeline.place."));
    }

    @Test
    void cancellingDropsThePlanAndItsRows() {
        Turn checked = imports(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))));
        String cancel = checked.buttons().stream().map(b -> b.data()).filter(d -> d.endsWith(":n")).findFirst()
                .orElseThrow();

        Turn cancelled = s.bot.inPrivate(s.secretary).presses(cancel);

        assertThat(cancelled.templates()).contains("record.import.cancelled");
        assertThat(cancelled.messages()).filteredOn(m -> m.text().contains("Đã hủy")).singleElement()
                .satisfies(said -> assertThat(said.message().editOf()).as("the report and its buttons are replaced")
                        .isEqualTo(((Inbound.ButtonPressed) cancelled.event()).messageId()));
        assertThat(s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:")).templates())
                .containsExactly("record.import.was_cancelled");
        assertThat(rosterNames()).hasSize(3);
        assertThat(s.bot.mongo().getCollection(PlanStore.COLLECTION).find().first()).doesNotContainKey("rows");
    }

    @Test
    void theCommandAloneAsksForTheFileAndExplainsWhatElseItNeeds() {
        assertThat(s.bot.inPrivate(s.secretary).says("/thanhvien_nhap").templates())
                .containsExactly("record.import.ask_file");
        assertThat(s.bot.inPrivate(s.secretary).says("danh sách đây").templates())
                .containsExactly("record.import.send_file");
        assertThat(s.bot.inPrivate(s.secretary).sends(files.document("anh.jpg", new byte[] {1, 2}), "").templates())
                .containsExactly("record.import.not_xlsx");
        assertThat(s.bot.inPrivate(s.secretary).sends(files.document("hong.xlsx", new byte[] {1, 2}), "").templates())
                .containsExactly("files.not_xlsx");
        assertThat(s.bot.inPrivate(s.secretary).sends(files.document("lon.xlsx", new byte[Importer.MAX_BYTES + 1]), "")
                .templates()).contains("files.too_large");

        Turn read = s.bot.inPrivate(s.secretary).sends(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))),
                "");

        assertThat(read.templates()).contains("record.import.report");
        assertThat(s.bot.inPrivate(s.secretary).says("còn gì nữa?").templates())
                .doesNotContain("record.import.send_file");
    }

    @Test
    void aTitleAboveTheHeaderIsSkippedAndRowsKeepTheNumbersExcelShows() {
        Attachment titled = files.document("ds.xlsx", Spreadsheet.named("ds").sheet("Đoàn viên",
                List.of("DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN 12A1"), List.of(List.of(), List.of("Ho va ten", "Ngay sinh"),
                        List.of("Trần Văn Hùng", "15/03/2008"), List.of("Lê Thị Mai", "30/02/2009"))).bytes());

        assertThat(imports(titled).text()).contains("Dòng 5 (Lê Thị Mai): Mình không đọc được «30/02/2009»",
                "thêm 1 người");
    }

    @Test
    void aSheetWithoutNameOrBirthColumnsIsRefusedWithTheColumnsItNeeds() {
        Attachment file = files.document("sai.xlsx", Spreadsheet.named("sai").sheet("x", List.of("Tên", "Lớp"),
                List.of(List.of("An", "12A1"))).bytes());

        assertThat(imports(file).templates()).contains("record.import.missing_columns");
        assertThat(plansKept()).isZero();
    }

    @Test
    void aNamesakeWithAnotherBirthDateIsTheMemberByTheirNumberOrSomeoneNewByMoiAndCardsAreOneAPerson() {
        s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "15/03/2008");
        s.corrects(s.secretary, s.giang, Field.CARD_NUMBER, "HN000001");

        Turn namesake = imports(workbook(List.of(row(null, "Phạm Thị Dung", "01/05/2008"),
                row(null, "Trần Văn Hùng", "15/03/2008", null, null, "hn000001"),
                row(null, "Lê Thị Mai", "01/09/2009", null, null, "HN123456"),
                row(null, "Ngô Văn Phúc", "01/01/2009", null, null, "HN123456"))));

        assertThat(namesake.text()).contains("Dòng 2 (Phạm Thị Dung): Danh sách đã có Phạm Thị Dung (số 2, sinh"
                + " 15/03/2008) với ngày sinh khác", "ghi 2 vào cột STT", "ghi mới vào cột STT",
                "Dòng 3 (Trần Văn Hùng): Số thẻ hn000001 là của Vũ Văn Giang (số 3",
                "Dòng 5 (Ngô Văn Phúc): Số thẻ HN123456 đã ghi ở dòng 4");
        assertThat(plansKept()).isZero();

        Turn resolved = imports(workbook(List.of(row(2L, "Phạm Thị Dung", "01/05/2008"),
                row("mới", "Phạm Thị Dung", "20/10/2009"))));
        s.bot.inPrivate(s.secretary).presses(resolved.buttonData("hsn:"));

        assertThat(resolved.text()).contains("Thêm 1 người", "Sửa hồ sơ 1 người");
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().birthDate()).contains(LocalDate.of(2008, 5, 1));
        assertThat(rosterNames()).containsOnlyOnce("Bí Thư Chi đoàn 12A1").filteredOn("Phạm Thị Dung"::equals)
                .hasSize(2);
    }

    @Test
    void aFileThePlatformCannotGiveOrWithTooManyRowsIsRefusedWithWhatToDo() {
        Attachment gone = Attachment.inbound(Attachment.Kind.DOCUMENT, "gone", "ds.xlsx", Spreadsheet.MIME_TYPE);
        List<List<Object>> many = java.util.stream.IntStream.rangeClosed(1, Importer.MAX_ROWS + 1)
                .mapToObj(n -> row(null, "Người Thứ " + n, "15/03/2008")).toList();

        assertThat(imports(gone).templates()).contains("files.unreadable");
        assertThat(imports(workbook(many)).templates()).contains("files.too_many_rows");
        assertThat(plansKept()).isZero();
        assertThat(rosterNames()).hasSize(3);
    }
}
