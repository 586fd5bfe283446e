package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Chat;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/** /dangky_tao alone: the form built step by step in private, the preview, publishing with rights checked then. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class BuildingAFormTest {
    @Parameter
    Database db;

    FormScenario s;

    @BeforeEach
    void branch() {
        s = new FormScenario(db);
    }

    private Chat secretary() {
        return s.bot.inPrivate(s.secretary);
    }

    /** From the group: title to the first field type. */
    private void upToTheFields() {
        s.secretarySays("/dangky_tao");
        secretary().says("Hiến máu nhân đạo đợt 2");
        secretary().says("7h30 ngày 20/03 tại Nhà văn hóa phường.");
        secretary().says("18/03 20h");
        secretary().says("30");
        secretary().presses("dlg:wl:y");
    }

    @Test
    void theSecretaryBuildsAFormInPrivateSeesThePreviewAndPostsIt() {
        Turn started = s.secretarySays("/dangky_tao");
        assertThat(started.messages()).anySatisfy(m -> assertThat(m.chat()).isEqualTo(s.branch.group()));
        assertThat(started.text()).contains("nhắn riêng", "Tiêu đề");

        secretary().says("Hiến máu nhân đạo đợt 2");
        Turn deadline = secretary().says("7h30 ngày 20/03 tại Nhà văn hóa phường.");
        assertThat(deadline.text()).contains("Hạn đăng ký");
        Turn capacity = secretary().says("18/03 20h");
        assertThat(capacity.text()).contains("Bao nhiêu chỗ");
        Turn waitlist = secretary().says("30 chỗ");
        assertThat(waitlist.text()).contains("danh sách chờ", "30");
        Turn types = secretary().presses("dlg:wl:y");
        assertThat(types.buttons()).extracting(b -> b.label()).contains("Văn bản ngắn", "Văn bản dài", "Một lựa chọn",
                "Nhiều lựa chọn", "Số", "Ngày", "Số điện thoại", "Có / Không");

        secretary().presses("dlg:t:choice");
        Turn options = secretary().says("Nhóm máu");
        assertThat(options.text()).contains("A | B | AB | O");
        Turn required = secretary().says("A | B | AB | O");
        assertThat(required.text()).contains("Nhóm máu", "bắt buộc");
        secretary().presses("dlg:req:y");
        secretary().presses("dlg:t:number");
        secretary().says("Cân nặng");
        Turn bounds = secretary().says("từ 45 đến 120");
        assertThat(bounds.text()).contains("bắt buộc");
        secretary().presses("dlg:req:n");
        Turn preview = secretary().presses("dlg:preview");

        assertThat(preview.text()).contains("Xem trước", "1 chi đoàn", "Hiến máu nhân đạo đợt 2", "Nhà văn hóa phường",
                "20:00 18/03/2026", "0/30 đã đăng ký · 0 chờ", "1. Nhóm máu", "A | B | AB | O",
                "2. Cân nặng (Số, không bắt buộc)");
        assertThat(s.forms.find(1)).as("nothing posted before «Đăng»").isEmpty();
        Turn published = secretary().presses("dlg:publish");

        assertThat(published.templates()).contains("form.create.published");
        Form form = s.form(1);
        assertThat(form.title()).isEqualTo("Hiến máu nhân đạo đợt 2");
        assertThat(form.description()).isEqualTo("7h30 ngày 20/03 tại Nhà văn hóa phường.");
        assertThat(form.deadline()).isEqualTo(FormScenario.at(3, 18, 20, 0));
        assertThat(form.capacity()).isEqualTo(30);
        assertThat(form.fields()).containsExactly(
                new Field(FieldType.CHOICE, "Nhóm máu", true, List.of("A", "B", "AB", "O"), null, null),
                new Field(FieldType.NUMBER, "Cân nặng", false, List.of(), 45L, 120L));
        assertThat(s.keyed("form:1:chat:")).singleElement()
                .satisfies(post -> assertThat(post.chat()).isEqualTo(s.branch.group()));
        assertThat(s.bot.bean(DraftStore.class).of(s.person(s.secretary))).as("the draft is gone").isEmpty();
    }

    @Test
    void badAnswersAreExplainedAndTheStepStays() {
        s.secretarySays("/dangky_tao");
        secretary().says("Hiến máu");
        secretary().presses("dlg:skip");
        Turn badDate = secretary().says("32/13");
        Turn past = secretary().says("01/03");
        secretary().says("mai");
        Turn badPlaces = secretary().says("ba mươi");
        secretary().presses("dlg:nolimit");
        secretary().presses("dlg:t:choices");
        secretary().says("Ngày có thể đi");
        Turn oneOption = secretary().says("Thứ 7");
        secretary().says("Thứ 7 | Chủ nhật");
        secretary().presses("dlg:req:y");
        secretary().presses("dlg:t:number");
        secretary().says("Tuổi");
        Turn badBounds = secretary().says("30-16");

        assertThat(badDate.text()).contains("«32/13»", "Ví dụ");
        assertThat(past.text()).contains("đã qua");
        assertThat(badPlaces.text()).contains("«ba muoi»", "30 chỗ");
        assertThat(oneOption.text()).contains("từ 2 đến 20 lựa chọn", "A | B | AB | O");
        assertThat(badBounds.text()).contains("«30-16»", "số nhỏ trước");
        assertThat(s.bot.bean(DraftStore.class).of(s.person(s.secretary)).orElseThrow().stage())
                .isEqualTo(CreateStage.FIELD_BOUNDS);
    }

    @Test
    void aDialogueStoppedIsResumedByTheCommandOrStartedOver() {
        upToTheFields();
        secretary().says("/huy");

        Turn resumed = s.bot.inPrivate(s.secretary).says("/dangky_tao");
        assertThat(resumed.text()).contains("Tiếp tục mẫu đang soạn", "Hiến máu nhân đạo đợt 2", "chọn loại câu hỏi");
        Turn restarted = secretary().presses("dlg:new");

        assertThat(restarted.text()).contains("Tiêu đề");
        assertThat(s.bot.bean(DraftStore.class).of(s.person(s.secretary)).orElseThrow().title()).isNull();
    }

    @Test
    void aSecretaryRemovedFromTheBranchMeanwhilePublishesNothing() {
        upToTheFields();
        secretary().presses("dlg:preview");
        s.bot.members().remove(s.person(s.secretary), s.branchId());

        Turn published = secretary().presses("dlg:publish");

        assertThat(published.templates()).contains("conversation.no_longer_allowed").doesNotContain("form.create.published");
        assertThat(s.forms.find(1)).isEmpty();
        assertThat(s.keyed("form:")).isEmpty();
    }

    @Test
    void anOfficerChoosesUnitsBelowAndTheFormReachesOnlyTheirBranches() {
        Speaker district = Scenarios.subUnitOfficer(s.bot, s.officer, "Huyện đoàn Kim Bảng", "Cán Bộ Huyện");
        Scenarios.Branch kimBang = Scenarios.linkedBranch(s.bot, district, "Chi đoàn Kim Bảng", "-200");
        Chat officer = s.bot.inPrivate(s.officer);
        officer.says("/dangky_tao");
        officer.says("Tập huấn cán bộ");
        officer.presses("dlg:skip");
        officer.presses("dlg:nodl");
        Turn audience = officer.presses("dlg:nolimit");
        assertThat(audience.text()).contains("Toàn bộ 2 chi đoàn", "chọn một số đơn vị");

        Turn units = officer.presses("dlg:pick");
        assertThat(units.buttons()).extracting(b -> b.label()).contains("Huyện đoàn Kim Bảng", "Chi đoàn 12A1");
        String kimBangButton = units.buttons().stream().filter(b -> b.label().equals("Huyện đoàn Kim Bảng"))
                .findFirst().orElseThrow().data();
        Turn toggled = officer.presses(kimBangButton);
        assertThat(toggled.buttons()).extracting(b -> b.label()).contains("✅ Huyện đoàn Kim Bảng");
        officer.presses("dlg:done");
        Turn preview = officer.presses("dlg:preview");
        assertThat(preview.text()).contains("1 chi đoàn");
        officer.presses("dlg:publish");

        UnitId kimBangBranch = s.bot.org().branchOfChat(kimBang.group()).orElseThrow();
        assertThat(s.form(1).branches()).containsExactly(kimBangBranch);
        assertThat(s.keyed("form:1:chat:")).singleElement()
                .satisfies(post -> assertThat(post.chat()).isEqualTo(kimBang.group()));
    }
}
