package vn.chidoan.core.features.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalDataStores;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestFiles;
import vn.chidoan.core.testing.Turn;

/**
 * Every store of the records feature under the personal-data port at once: after a secretary has
 * corrected, exported, proposed, transferred, marked goals and sent a roster file to import, and a member has goals and a pending
 * transfer, erasing either leaves no document of the feature holding their id, and a merge leaves none
 * under the old id.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class RecordErasureScanTest {
    private static final List<String> COLLECTIONS = List.of("member_records", "member_history", "member_transfers",
            "member_admissions", "record_codes", "member_goals", "roster_exports", "roster_imports");

    @Parameter
    Database db;

    RecordScenario s;

    @BeforeEach
    void aBusyBranch() {
        s = new RecordScenario(db);
        Scenarios.linkedBranch(s.bot, s.officer, "Chi đoàn Đông Hòa", "-200");
        s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "15/03/2008");
        s.bot.inPrivate(s.secretary).says("/thanhvien_xuat");
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/ketnap Nguyễn Văn An 15/03/2009");
        s.bot.inPrivate(s.dung).says("/renluyen");
        s.bot.inPrivate(s.dung).says("Tham gia đủ các buổi sinh hoạt\nHiến máu một lần");
        s.bot.inPrivate(s.secretary).presses(s.starts(s.secretary, s.dung, "goals").buttonData("hrl:"));
        s.starts(s.secretary, s.dung, "move");
        Turn found = s.bot.inPrivate(s.secretary).says("dong hoa");
        Turn confirm = s.bot.inPrivate(s.secretary).presses(found.buttonData("dlg:b:"));
        s.bot.inPrivate(s.secretary).presses(confirm.buttonData("dlg:ok"));
        s.bot.inPrivate(s.secretary).sends(s.bot.bean(TestFiles.class).document("ds.xlsx", Spreadsheet.named("ds")
                .sheet("Đoàn viên", List.of("Họ và tên", "Ngày sinh", "Số điện thoại"),
                        List.of(List.of("Phạm Thị Dung", "15/03/2008", "0912345678"))).bytes()), "/thanhvien_nhap");
    }

    /** The documents of the feature's collections that hold this id anywhere. */
    private List<String> holding(PersonId person) {
        List<String> found = new ArrayList<>();
        for (String collection : COLLECTIONS) {
            for (Document doc : s.bot.mongo().getCollection(collection).find()) {
                if (doc.toJson().contains(person.value())) {
                    found.add(collection + ": " + doc.toJson());
                }
            }
        }
        return found;
    }

    @Test
    void everyStoreHoldsThePeopleBeforeSoTheScanMeansSomething() {
        assertThat(holding(s.person(s.secretary))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(holding(s.person(s.dung))).hasSizeGreaterThanOrEqualTo(4)
                .anyMatch(doc -> doc.startsWith("roster_imports"));
    }

    @Test
    void erasingTheSecretaryLeavesNothingNamingThem() {
        PersonId secretary = s.person(s.secretary);

        s.bot.bean(PersonalDataStores.class).erase(new DataSubject(secretary, List.of(s.secretary.ref()),
                "Bí Thư Chi đoàn 12A1"));

        assertThat(holding(secretary)).isEmpty();
    }

    @Test
    void aMemberDeletingTheirDataLeavesNothingNamingThem() {
        PersonId dung = s.person(s.dung);

        s.bot.inPrivate(s.dung).presses(s.bot.inPrivate(s.dung).says("/xoadulieu").buttonData("erase:y"));

        assertThat(holding(dung)).isEmpty();
    }

    @Test
    void mergingMovesEverythingOffTheOldId() {
        PersonId dung = s.person(s.dung);
        PersonId giang = s.person(s.giang);

        s.bot.bean(PersonalDataStores.class).move(dung, giang);

        assertThat(holding(dung)).isEmpty();
        assertThat(holding(giang)).hasSizeGreaterThanOrEqualTo(4);
    }
}
