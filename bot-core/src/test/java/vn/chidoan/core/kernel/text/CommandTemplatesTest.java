package vn.chidoan.core.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.TestBot;

/** Every command's help line and usage render in both languages and name the command. */
class CommandTemplatesTest {

    @Test
    void everyCommandsHelpAndUsageRenderInVietnameseAndEnglish() {
        TestBot bot = TestBot.on(Database.EMBEDDED);

        assertThat(bot.commands()).extracting(CommandSpec::name)
                .contains("start", "trogiup", "toi", "donvi", "donvi_them", "chidoan_them", "lienket", "bch_them",
                        "thanhvien", "thanhvien_them", "thanhvien_xoa", "xoadulieu", "huy");
        for (CommandSpec spec : bot.commands()) {
            for (String key : new String[] {spec.helpKey(), spec.usageKey()}) {
                String vi = bot.texts().render(key, "vi").markup();
                String en = bot.texts().render(key, "en").markup();
                assertThat(vi).as(key).contains("/" + spec.name());
                assertThat(en).as(key).contains("/" + spec.name()).isNotEqualTo(vi);
            }
        }
    }
}
