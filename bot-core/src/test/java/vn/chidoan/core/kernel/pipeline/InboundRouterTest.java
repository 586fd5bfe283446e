package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** Every inbound event goes through one pipeline that checks place, role and arguments and always answers. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class InboundRouterTest {
    @Parameter
    Database db;

    final List<String> heard = new ArrayList<>();
    TestBot bot;

    @BeforeEach
    void startBot() {
        bot = TestBot.builder(db).with(new Failing.Command(), new Failing.Button(),
                (MessageListener) ctx -> ctx.message().text().startsWith("#") && heard.add("first:" + ctx.message().text()),
                (MessageListener) ctx -> heard.add("second:" + ctx.message().text())).build();
    }

    @Test
    void unknownCommandInPrivatePointsToHelp() {
        Turn turn = bot.inPrivate(bot.user("An")).says("/khongco");

        assertThat(turn.templates()).contains("pipeline.unknown_command");
        assertThat(turn.text()).contains("/khongco", "/trogiup");
    }

    @Test
    void unknownCommandInGroupAndCommandsForOtherBotsAreIgnored() {
        Speaker someone = bot.user("An");

        assertThat(bot.inGroup("-100", someone).says("/khongco").messages()).isEmpty();
        assertThat(bot.inGroup("-100", someone).says("/trogiup@OtherBot").messages()).isEmpty();
    }

    @Test
    void anUnknownCommandSaidToThisBotInAGroupGetsTheSameHelpAsInPrivate() {
        Speaker someone = bot.user("An");

        Turn named = bot.inGroup("-100", someone).says("/khongco@" + TestBot.BOT_USERNAME);
        Turn replying = bot.inGroup("-100", someone).replyingToBot().says("/khongco");

        for (Turn turn : List.of(named, replying)) {
            assertThat(turn.templates()).containsExactly("pipeline.unknown_command");
            assertThat(turn.text()).contains("/khongco", "/trogiup");
        }
    }

    @Test
    void aMembersHelpListsOnlyWhatAMemberCanDoEachWithItsSyntax() {
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        Speaker dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");

        for (Turn help : List.of(bot.inPrivate(dung).says("/trogiup"), bot.inGroup("-100", dung).says("/trogiup"))) {
            assertThat(help.templates()).filteredOn(key -> key.startsWith("command.") && !key.contains("hong"))
                    .as("the core's commands a member may run (this test's failing command aside)")
                    .containsExactlyInAnyOrder(
                    "command.start.help", "command.toi.help", "command.trogiup.help", "command.huy.help",
                    "command.xoadulieu.help", "command.dangky.help", "command.doanphi.help",
                    "command.hoso.help", "command.renluyen.help", "command.danhgia.help");
            assertThat(help.text()).contains("/toi", "Ví dụ: /start K7MNP2QX").doesNotContain("/lienket",
                    "/dangky_tao", "/binhchon");
        }
        assertThat(bot.inGroup("-100", branch.secretary()).says("/trogiup").templates())
                .as("the secretary's help lists linking").contains("command.lienket.help");
    }

    @Test
    void commandWordIsCaseInsensitiveAndAliasesWork() {
        Speaker someone = bot.user("An");

        assertThat(bot.inPrivate(someone).says("/TroGiup").templates()).contains("pipeline.help");
        assertThat(bot.inPrivate(someone).says("/help").templates()).contains("pipeline.help");
    }

    @Test
    void memberCannotRunAnOfficerCommandAndNothingIsCreated() {
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        Speaker member = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        long units = bot.mongo().getCollection("units").countDocuments();

        Turn refused = bot.inPrivate(member).says("/chidoan_them Chi đoàn Lạ");

        assertThat(refused.templates()).containsExactly("pipeline.refused.officer");
        assertThat(refused.text()).contains("/chidoan_them", "/start");
        assertThat(bot.mongo().getCollection("units").countDocuments()).isEqualTo(units);
        assertThat(bot.inGroup("-100", member).says("/thanhvien").templates()).containsExactly("pipeline.refused.bch");
    }

    @Test
    void commandsSayWhereTheyMayBeUsed() {
        Speaker admin = bot.admin();

        assertThat(bot.inGroup("-100", admin).says("/donvi_them Tỉnh đoàn Hà Nam").templates())
                .containsExactly("pipeline.place.private");
        assertThat(bot.inPrivate(admin).says("/lienket ABCDEFGH").templates()).containsExactly("pipeline.place.group");
        assertThat(bot.org().root()).isEmpty();
    }

    @Test
    void branchCommandsInAnUnlinkedGroupSayHowToLinkIt() {
        Turn turn = bot.inGroup("-100", bot.user("An")).says("/thanhvien");

        assertThat(turn.templates()).containsExactly("pipeline.group_not_linked");
        assertThat(turn.text()).contains("/lienket");
    }

    @Test
    void missingArgumentsGetTheCommandsUsageInVietnamese() {
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");

        Turn turn = bot.inPrivate(officer).says("/chidoan_them   ");

        assertThat(turn.templates()).containsExactly("command.chidoan_them.usage");
        assertThat(turn.text()).contains("Cách dùng", "/chidoan_them Chi đoàn 12A1");
    }

    @Test
    void malformedArgumentsGetAnExampleAndNothingIsWritten() {
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        long units = bot.mongo().getCollection("units").countDocuments();

        Turn badName = bot.inPrivate(officer).says("/chidoan_them 12");
        Turn badNumber = bot.inPrivate(bot.admin()).says("/thanhvien_xoa hai");

        assertThat(badName.templates()).containsExactly("org.unit.bad_name");
        assertThat(badName.text()).contains("/chidoan_them Chi đoàn 12A1");
        assertThat(badNumber.templates()).containsExactly("command.thanhvien_xoa.usage");
        assertThat(bot.mongo().getCollection("units").countDocuments()).isEqualTo(units);
    }

    @Test
    void helpListsTheCommandsOfTheCallersRole() {
        Speaker guest = bot.user("An");
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");

        Turn guestHelp = bot.inPrivate(guest).says("/trogiup");
        Turn officerHelp = bot.inPrivate(officer).says("/trogiup");

        assertThat(guestHelp.templates()).contains("command.start.help", "command.toi.help")
                .doesNotContain("command.thanhvien.help", "command.donvi_them.help");
        assertThat(officerHelp.templates()).contains("command.start.help", "command.thanhvien.help",
                "command.donvi_them.help");
        assertThat(bot.inPrivate(guest).says("/trogiup /lienket").templates()).containsExactly("command.lienket.usage");
    }

    @Test
    void plainTextGoesToListenersInOrderAndPrivateTextNobodyTookGetsAHint() {
        Speaker someone = bot.user("An");

        assertThat(bot.inGroup("-100", someone).says("#gopy ý kiến").messages()).isEmpty();
        bot.inGroup("-100", someone).says("chào cả nhà");
        heard.clear();
        bot.inGroup("-100", someone).says("#một");
        assertThat(heard).containsExactly("first:#một");

        TestBot quiet = TestBot.on(db);
        assertThat(quiet.inPrivate(someone).says("xin chào").templates()).containsExactly("pipeline.not_understood");
        assertThat(quiet.inGroup("-100", someone).says("xin chào").messages()).isEmpty();
    }
}
