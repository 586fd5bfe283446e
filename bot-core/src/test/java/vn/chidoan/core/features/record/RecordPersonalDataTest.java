package vn.chidoan.core.features.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalDataStores;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Turn;

/** Records and their history under the personal-data port: erasure leaves nothing that names the person. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class RecordPersonalDataTest {
    @Parameter
    Database db;

    RecordScenario s;

    @BeforeEach
    void branch() {
        s = new RecordScenario(db);
    }

    private long mentions(String collection, String text) {
        return s.bot.mongo().getCollection(collection).find().into(new java.util.ArrayList<Document>()).stream()
                .filter(doc -> doc.toJson().contains(text)).count();
    }

    @Test
    void erasingAMemberDeletesTheirRecordAndLeavesTheirHistoryNamingNobody() {
        s.corrects(s.secretary, s.dung, Field.PHONE, "0912345678");
        s.bot.inPrivate(s.dung).presses("hse:gender");
        s.bot.inPrivate(s.dung).says("nữ");
        PersonId dung = s.person(s.dung);
        s.records.log(new Cause("note", s.person(s.secretary), s.bot.clock().instant()), Operation.REWARD, dung,
                s.branchId(), null, "Giấy khen", "Phạm Thị Dung giỏi", null);

        s.bot.bean(RecordData.class).forget(new DataSubject(dung, List.of(s.dung.ref()), "Phạm Thị Dung"));

        assertThat(s.records.find(dung)).isEmpty();
        assertThat(mentions(RecordStore.COLLECTION, dung.value()) + mentions(HistoryStore.COLLECTION, dung.value()))
                .isZero();
        assertThat(mentions(HistoryStore.COLLECTION, "Phạm Thị Dung") + mentions(HistoryStore.COLLECTION, "Giấy khen"))
                .isZero();
        assertThat(s.bot.mongo().getCollection(HistoryStore.COLLECTION).countDocuments())
                .as("the entries stay for the branch's counts").isEqualTo(3);
    }

    @Test
    void whatAnErasedPersonDecidedNoLongerNamesThem() {
        s.corrects(s.secretary, s.dung, Field.PHONE, "0912345678");
        PersonId secretary = s.person(s.secretary);

        s.bot.bean(RecordData.class).forget(new DataSubject(secretary, List.of(), null));

        assertThat(s.records.history(s.person(s.dung), 5)).singleElement()
                .satisfies(entry -> assertThat(entry.by()).isNull());
        assertThat(mentions(HistoryStore.COLLECTION, secretary.value())).isZero();
    }

    @Test
    void deletingOnesDataWithXoadulieuErasesTheRecord() {
        s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "15/03/2008");
        PersonId dung = s.person(s.dung);
        assertThat(mentions(RecordStore.COLLECTION, dung.value())).as("the record before").isPositive();

        Turn asked = s.bot.inPrivate(s.dung).says("/xoadulieu");
        s.bot.inPrivate(s.dung).presses(asked.buttonData("erase:y"));

        assertThat(s.records.find(dung)).isEmpty();
        assertThat(mentions(RecordStore.COLLECTION, dung.value()) + mentions(HistoryStore.COLLECTION, dung.value()))
                .isZero();
    }

    @Test
    void mergingTwoRecordsKeepsTheSurvivorsFieldsAddsWhatItLackedAndMovesTheHistory() {
        s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "15/03/2008");
        s.corrects(s.secretary, s.dung, Field.PHONE, "0912345678");
        s.corrects(s.secretary, s.giang, Field.PHONE, "0987654321");
        PersonId from = s.person(s.dung);
        PersonId into = s.person(s.giang);

        s.bot.bean(PersonalDataStores.class).move(from, into);
        s.bot.bean(PersonalDataStores.class).move(from, into);

        MemberRecord merged = s.records.find(into).orElseThrow();
        assertThat(merged.birthDate()).contains(LocalDate.of(2008, 3, 15));
        assertThat(merged.field(Field.PHONE)).contains("+84987654321");
        assertThat(s.records.find(from)).isEmpty();
        assertThat(s.records.history(into, 10)).hasSize(3);
        assertThat(mentions(HistoryStore.COLLECTION, from.value())).isZero();
    }
}
