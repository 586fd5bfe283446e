package vn.chidoan.core.org.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;

/**
 * {@code /toi}: what the bot keeps about the caller: name, consent date, and the lines other features
 * add ({@link ProfileSection}: branch and role now; attendance, fees and open items later).
 */
@Component
class MeCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("toi").aliases("me")
            .minRole(Role.GUEST).place(Place.PRIVATE).build();

    private final Members members;
    private final List<ProfileSection> sections;
    private final Clock clock;

    MeCommand(Members members, List<ProfileSection> sections, Clock clock) {
        this.members = members;
        this.sections = List.copyOf(sections);
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Replies replies = ctx.replies();
        Optional<Person> found = ctx.caller().known() ? members.person(ctx.caller().person()) : Optional.empty();
        if (found.isEmpty()) {
            replies.say("member.me.unknown");
            return;
        }
        Person person = found.get();
        String lines = sections.stream().flatMap(s -> s.lines(person.id(), replies).stream())
                .map(RichText::markup).collect(Collectors.joining("\n"));
        Map<String, Object> model = new HashMap<>();
        model.put("lines", lines);
        if (person.name() != null) {
            model.put("name", person.name());
        }
        if (person.consentAt() != null) {
            model.put("consentDate", Formats.date(LocalDate.ofInstant(person.consentAt(), clock.getZone())));
        }
        List<List<Button>> buttons = new ArrayList<>();
        buttons.add(List.of(Button.action(replies.label("member.name.edit_button"), NameButtons.EDIT)));
        sections.forEach(section -> section.buttons(person.id(), replies).forEach(button -> buttons.add(List.of(button))));
        replies.say("member.me.profile", model, buttons);
    }
}
