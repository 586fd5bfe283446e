package vn.chidoan.core.features.record.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.personal.DataSubject;

/**
 * The yearly classification's personal data: erasure removes a member's entry and a decider's name, a merge
 * keeps the survivor's entry and moves the other's decisions.
 */
class EvaluationPersonalDataTest extends EvaluationScenarioTest {
    @Test
    void erasureRemovesTheMembersEntryAndTheDecidersName() {
        opens();
        assesses(s.dung, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "good");
        s.bot.inPrivate(s.secretary).presses("dgd:" + ref(s.dung) + ":2");
        s.bot.inPrivate(s.secretary).presses("dgd:" + ref(s.giang) + ":3");

        s.bot.bean(EvaluationData.class).forget(new DataSubject(s.person(s.dung), List.of(s.dung.ref()), "Phạm Thị Dung"));
        s.bot.bean(EvaluationData.class).forget(new DataSubject(s.person(s.secretary), List.of(), null));

        assertThat(s.bot.bean(Evaluations.class).store().entry(s.person(s.dung), 2026)).isEmpty();
        assertThat(entryOf(s.giang).decided()).isEqualTo(Grade.DONE);
        assertThat(s.bot.mongo().getCollection(EvaluationStore.ENTRIES).find().into(new java.util.ArrayList<>()))
                .allSatisfy(doc -> assertThat(doc.toJson()).doesNotContain(s.person(s.secretary).value(),
                        s.person(s.dung).value()));
        assertThat(s.bot.mongo().getCollection(EvaluationStore.OPENINGS).find().into(new java.util.ArrayList<>()))
                .allSatisfy(doc -> assertThat(doc.toJson()).doesNotContain(s.person(s.secretary).value()));
    }

    @Test
    void mergingTwoAccountsKeepsTheSurvivorsEntryAndMovesTheOthersDecisions() {
        opens();
        assesses(s.dung, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "good");
        assesses(s.giang, "Còn vắng một buổi sinh hoạt, sẽ cố gắng hơn.", "done");
        s.bot.inPrivate(s.secretary).presses("dgd:" + ref(s.giang) + ":3");

        s.bot.bean(EvaluationData.class).move(s.person(s.dung), s.person(s.giang));
        s.bot.bean(EvaluationData.class).move(s.person(s.secretary), s.person(s.dung));

        assertThat(s.bot.bean(Evaluations.class).store().entry(s.person(s.dung), 2026)).isEmpty();
        assertThat(entryOf(s.giang).self()).as("the surviving entry stays").isEqualTo(Grade.DONE);
        assertThat(s.bot.mongo().getCollection(EvaluationStore.ENTRIES).find().first().getString("decidedBy"))
                .isEqualTo(s.person(s.dung).value());
    }
}
