package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/** /dangky_ketqua: counts, the list and the .xlsx in the reader's private chat, for those who may read them. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class FormResultsTest {
    @Parameter
    Database db;

    FormScenario s;

    @BeforeEach
    void signUpWithAWithdrawal() {
        s = new FormScenario(db);
        s.secretarySays("/dangky_tao Tập huấn | 20/03 | 1 chỗ");
        s.presses(s.lan, 1);
        s.presses(s.minh, 1);
        s.presses(s.hoa, 1);
        s.bot.inPrivate(s.lan).presses("dk:w:1");
    }

    @Test
    void theSecretaryGetsTheListAndAFileWithEveryRegistrationAWithdrawnOneToo() {
        Turn asked = s.secretarySays("/dangky_ketqua 1");

        assertThat(asked.templates()).contains("form.results.sent_private");
        List<RecordingOutbox.Sent> toSecretary = s.to(s.secretary);
        assertThat(toSecretary).anySatisfy(m -> assertThat(m.text()).contains("Tập huấn", "Trần Văn Minh",
                "Lê Thị Hoa"));
        RecordingOutbox.Sent file = toSecretary.stream().filter(m -> m.message().attachment() != null).findFirst()
                .orElseThrow();
        assertThat(file.message().attachment().mimeType()).isEqualTo(Spreadsheet.MIME_TYPE);
        List<List<String>> rows = SheetRows.of(file.message().attachment().content());
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Trần Văn Minh", "1"))
                .anySatisfy(row -> assertThat(row).contains("Lê Thị Hoa"))
                .anySatisfy(row -> assertThat(row).contains("Nguyễn Thị Lan"));
    }

    @Test
    void theFiguresCountTheFormAndTheRegistrationsThatStand() {
        FormFigures figures = s.bot.bean(FormFigures.class);

        assertThat(figures.branches(List.of(s.branchId()), DatePeriod.year(2026)).get(s.branchId())).containsExactly(
                Figure.count(FormFigures.FORMS, 1), Figure.count(FormFigures.REGISTERED, 2));
        assertThat(figures.members(s.branchId(), DatePeriod.year(2026))).containsOnlyKeys(s.person(s.minh),
                s.person(s.hoa));
    }

    @Test
    void aMemberCannotReadTheResults() {
        Turn refused = s.bot.inPrivate(s.minh).says("/dangky_ketqua 1");

        assertThat(refused.templates()).as("refused for the committee's role").contains("pipeline.refused.bch");
        assertThat(refused.text()).doesNotContain("Lê Thị Hoa");
        assertThat(s.to(s.minh)).noneMatch(m -> m.message().attachment() != null);
    }
}
