package vn.chidoan.core.org.unit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.WrongCode;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /lienket <mã>} in a group: links it to the branch of a one-time code, makes the caller its
 * secretary and posts the join button. Without a code, in a linked group, the BCH posts the join
 * button again.
 */
@Component
class LinkCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("lienket").minRole(Role.GUEST)
            .listedFrom(Role.SECRETARY).place(Place.GROUP).arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final Organisation org;
    private final Members members;

    LinkCommand(Organisation org, Members members) {
        this.org = org;
        this.members = members;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Caller caller = ctx.caller();
        if (!ctx.hasArgs()) {
            repostJoinButton(caller, ctx.replies());
            return;
        }
        String typed = Arguments.firstWord(ctx.args());
        String person = caller.known() ? caller.person().value() : null;
        InviteStore.InviteDoc code = members.attempts().redeem(caller.user(), () -> linkCode(typed, person));
        Unit branch = org.unit(code.unitId()).orElseThrow();
        ChatRef chat = ctx.message().chat();
        refuseIfLinkedElsewhere(chat, branch);
        if (person == null) {
            askConsentFirst(code.id(), ctx.replies());
            return;
        }
        link(chat, branch, code.id(), person);
        members.join(caller.person(), branch.id(), Role.SECRETARY);
        org.published(new OrgEvents.BranchLinked(branch.id(), chat));
        ctx.replies().say("org.link.done", Map.of("branch", branch.name()));
        JoinInvites.post(org, branch.id(), ctx.replies());
    }

    /** The branch link code typed, if this person may use it; a {@link WrongCode} (counted) otherwise. */
    private InviteStore.InviteDoc linkCode(String typed, String person) {
        InviteStore.InviteDoc code = org.codes().check(typed, person);
        if (code.purpose() != InviteStore.Purpose.LINK_BRANCH) {
            throw new WrongCode("org.code.wrong_kind", Map.of("code", code.id()));
        }
        return code;
    }

    private void repostJoinButton(Caller caller, Replies replies) {
        if (caller.unit() == null) {
            throw new BadInput(SPEC.usageKey());
        }
        if (!caller.role().atLeast(Role.BCH)) {
            throw new BadInput("pipeline.refused.bch", Map.of("command", SPEC.name()));
        }
        JoinInvites.post(org, caller.unit(), replies);
    }

    private void refuseIfLinkedElsewhere(ChatRef chat, Unit branch) {
        Optional<String> groupBranch = org.branchOfChat(chat).filter(b -> !b.equals(branch.id()))
                .flatMap(org::unit).map(Unit::name);
        if (groupBranch.isPresent()) {
            throw new BadInput("org.link.group_taken", Map.of("branch", groupBranch.get()));
        }
        if (org.chatOfBranch(branch.id(), chat.platform()).filter(c -> !c.equals(chat)).isPresent()) {
            throw new BadInput("org.link.branch_taken", Map.of("branch", branch.name()));
        }
    }

    private void link(ChatRef chat, Unit branch, String code, String person) {
        if (org.invites().claim(code, person, org.clock().instant()).isEmpty()) {
            throw new WrongCode("org.code.used", Map.of("code", code));
        }
        ChatLinkStore.Outcome outcome = org.link(chat, branch.id(), person);
        if (outcome != ChatLinkStore.Outcome.LINKED) {
            org.invites().release(code, person);
            throw new BadInput(outcome == ChatLinkStore.Outcome.GROUP_TAKEN ? "org.link.group_taken_race"
                    : "org.link.branch_taken", Map.of("branch", branch.name()));
        }
    }

    /** Being a secretary stores personal data: the caller agrees in the private chat first. */
    private void askConsentFirst(String code, Replies replies) {
        org.startLink(replies.chat().platform(), code).ifPresentOrElse(
                link -> replies.say("org.link.needs_consent", Map.of("code", code, "link", link),
                        List.of(List.of(Button.link(replies.label("org.link.consent_button"), link)))),
                () -> replies.say("org.link.needs_consent", Map.of("code", code)));
    }
}
