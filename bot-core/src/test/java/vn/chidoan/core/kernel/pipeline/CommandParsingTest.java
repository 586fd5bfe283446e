package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Role;

class CommandParsingTest {

    @Test
    void aCommandIsItsLowercasedWordAndTheRestStripped() {
        assertThat(CommandRunner.Parsed.of("  /DonVi_Them   Huyện đoàn  Ba Vì "))
                .isEqualTo(new CommandRunner.Parsed("donvi_them", "Huyện đoàn  Ba Vì"));
        assertThat(CommandRunner.Parsed.of("/toi")).isEqualTo(new CommandRunner.Parsed("toi", ""));
        assertThat(CommandRunner.Parsed.of("/lienket\nABC")).isEqualTo(new CommandRunner.Parsed("lienket", "ABC"));
    }

    @Test
    void textThatIsNoCommandForThisBotIsNotParsed() {
        assertThat(CommandRunner.Parsed.of("xin chào /toi")).isNull();
        assertThat(CommandRunner.Parsed.of("/")).isNull();
        assertThat(CommandRunner.Parsed.of("/toi@OtherBot")).isNull();
    }

    @Test
    void theCatalogFindsCommandsByNameAndAliasLeastRoleFirst() {
        CommandCatalog catalog = new CommandCatalog(List.of(command("thanhvien", Role.BCH), command("start", Role.GUEST)));

        assertThat(catalog.find("help")).isPresent();
        assertThat(catalog.find("thanhvien")).isPresent();
        assertThat(catalog.specs()).extracting(CommandSpec::name).containsExactly("start", "trogiup", "thanhvien");
    }

    @Test
    void twoCommandsAnsweringToTheSameWordAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CommandCatalog(List.of(command("help", Role.GUEST))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/help");
    }

    private static Command command(String name, Role role) {
        CommandSpec spec = CommandSpec.command(name).minRole(role).build();
        return new Command() {
            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public void handle(CommandContext ctx) {
            }
        };
    }
}
