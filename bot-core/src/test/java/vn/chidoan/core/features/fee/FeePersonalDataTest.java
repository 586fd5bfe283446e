package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.PersonalData;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;

/**
 * The fee books through the personal-data port: an erased member leaves nothing that names them in any fee
 * collection (their id, name, code, photo) while the book's totals keep their money; merging two accounts of
 * one person moves their records and requests to the surviving one.
 */
class FeePersonalDataTest extends FeeScenarioTest {

    @Test
    void anErasedMemberLeavesNoTraceButTheirMoneyStaysInTheTotals() {
        s.openWithAccount();
        s.secretary("/doanphi nhom 2 thunhap");
        s.inPrivate(s.an, "/doanphi");
        s.bot.inPrivate(s.an).presses("dp:r:" + s.statement(s.an).member().fee().code());
        s.sendsPhoto(s.an);
        s.secretary("/doanphi nop 2 T4");
        s.secretary("/doanphi cả chi đoàn đã nộp trừ 2");
        PersonId an = s.person(s.an);
        String photo = "photo-file-" + s.an.ref().id();
        long collected = s.ledger().collected(FeePeriod.month(YearMonth.of(2026, 4)));
        assertThat(collected).isEqualTo(5_000);
        assertThat(everyFeeDocument()).as("before: the fee collections do hold An")
                .anySatisfy(doc -> assertThat(doc).contains(an.value()))
                .anySatisfy(doc -> assertThat(doc).contains(photo));

        s.bot.members().erase(an);

        assertThat(everyFeeDocument()).allSatisfy(doc -> assertThat(doc)
                .doesNotContain(an.value(), "Nguyễn Văn An", photo, s.an.ref().id()));
        assertThat(s.ledger().of(an)).isEmpty();
        assertThat(s.ledger().collected(FeePeriod.month(YearMonth.of(2026, 4)))).isEqualTo(collected);
        assertThat(s.ledger().payments()).filteredOn(p -> p.person() == null).extracting(Payment::total)
                .containsExactly(5_000L);
    }

    @Test
    void mergingMovesTheRecordsTheirKeysAndPendingExceptionsToTheSurvivingPerson() {
        s.openWithAccount();
        s.secretary("/doanphi nop 2");
        s.secretary("/doanphi cả chi đoàn đã nộp trừ 2");
        PersonId an = s.person(s.an);
        PersonId survivor = s.person(s.chi);

        PersonalData port = s.bot.bean(FeePersonalData.class);
        port.move(an, survivor);

        assertThat(everyFeeDocument()).as("read before the ledger, which makes entries for whoever is on the roster")
                .allSatisfy(doc -> assertThat(doc).doesNotContain(an.value()));
        assertThat(s.ledger().payments()).extracting(Payment::person).containsExactly(survivor);
        assertThat(s.owed(s.chi)).as("Chi's own entry stays, with An's payment").isZero();
    }

    @Test
    void theFiguresGiveEachBranchWhatItCollectedAndEachMemberWhatTheyPaid() {
        s.openWithAccount();
        s.secretary("/doanphi nop 2, 3");
        s.secretary("/doanphi capnop T3 1k");
        FeeFigures figures = s.bot.bean(FeeFigures.class);
        DatePeriod march = DatePeriod.month(YearMonth.of(2026, 3));

        assertThat(figures.branches(List.of(s.branchId()), march).get(s.branchId())).containsExactly(
                Figure.ratio(FeeFigures.COLLECTED, 4_000, 8_000), Figure.count(FeeFigures.PASSED_UP, 1_000));
        assertThat(figures.members(s.branchId(), march)).containsEntry(s.person(s.an),
                List.of(Figure.ratio(FeeFigures.PAID, 2_000, 2_000))).containsEntry(s.person(s.chi),
                List.of(Figure.ratio(FeeFigures.PAID, 0, 2_000)));
    }

    /** Every document of every fee collection, as JSON. */
    private List<String> everyFeeDocument() {
        return s.bot.mongo().getCollectionNames().stream().filter(name -> name.startsWith("fee_"))
                .flatMap(name -> s.bot.mongo().findAll(Document.class, name).stream()).map(Document::toJson).toList();
    }
}
