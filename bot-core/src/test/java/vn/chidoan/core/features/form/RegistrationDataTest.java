package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.testing.Database;

/** Registrations through the personal-data port: erasure frees a place for the first waiting; merging moves it. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class RegistrationDataTest {
    @Parameter
    Database db;

    FormScenario s;
    FormData data;

    @BeforeEach
    void onePlaceTakenAndOneWaiting() {
        s = new FormScenario(db);
        data = s.bot.bean(FormData.class);
        s.secretarySays("/dangky_tao Tập huấn | 20/03 | 1 chỗ");
        s.presses(s.minh, 1);
        s.presses(s.hoa, 1);
    }

    @Test
    void anErasedMemberLeavesNoRegistrationAndTheirPlaceGoesToTheFirstWaiting() {
        PersonId minh = s.person(s.minh);

        data.forget(new DataSubject(minh, List.of(s.minh.ref()), "Trần Văn Minh"));

        assertThat(s.form(1).places()).containsExactly(s.person(s.hoa));
        assertThat(s.form(1).waiting()).isEmpty();
        assertThat(s.signups.find(s.form(1), minh)).isEmpty();
        for (String collection : List.of(FormStore.COLLECTION, RegistrationStore.COLLECTION)) {
            for (Document doc : s.bot.mongo().getCollection(collection).find()) {
                assertThat(doc.toJson()).as(collection).doesNotContain(minh.value());
            }
        }
        assertThat(s.keyed("form:1:promoted:")).singleElement()
                .satisfies(told -> assertThat(told.chat()).isEqualTo(s.hoa.ref().privateChat()));
    }

    @Test
    void mergingGivesThePlaceAndTheRegistrationToTheSurvivingRecord() {
        PersonId minh = s.person(s.minh);
        PersonId lan = s.person(s.lan);

        data.move(minh, lan);

        assertThat(s.form(1).places()).containsExactly(lan);
        assertThat(s.signups.find(s.form(1), lan).orElseThrow().status()).isEqualTo(Registration.Status.REGISTERED);
        assertThat(s.signups.find(s.form(1), minh)).isEmpty();
        assertThat(s.form(1).waiting()).containsExactly(s.person(s.hoa));
    }
}
