package vn.chidoan.core.org.unit;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.StartPayloads;
import vn.chidoan.core.org.member.WrongCode;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Invite codes opened by {@code /start <mã>}: a unit's code makes the person its officer (once), a
 * branch's join code makes them a member (reusable; not someone the BCH removed), a branch's link code
 * says to use it in the group (or, on a platform with no groups, makes the person the branch's
 * secretary). A code replaced by a newer one, or not used in time, is refused ({@link UsableCodes}).
 */
@Component
class InviteRedeemer implements StartPayloads {
    private final Organisation org;
    private final Members members;

    InviteRedeemer(Organisation org, Members members) {
        this.org = org;
        this.members = members;
    }

    /** An invite code's shape, and a code that exists; {@link WrongCode} when it can no longer be used. */
    @Override
    public boolean recognises(String payload) {
        if (!payload.matches("[A-Za-z0-9]{" + InviteStore.LENGTH + "}") || org.invites().find(payload).isEmpty()) {
            return false;
        }
        org.codes().check(payload, null);
        return true;
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        InviteStore.InviteDoc code = org.codes().check(payload, person.value());
        Unit unit = org.unit(code.unitId()).orElseThrow();
        Map<String, Object> model = Map.of("unit", unit.name(), "code", code.id());
        switch (code.purpose()) {
            case LEAD_UNIT -> {
                if (org.invites().claim(code.id(), person.value(), org.clock().instant()).isEmpty()) {
                    throw new WrongCode("org.code.used", Map.of("code", code.id()));
                }
                org.appoint(person, unit.id());
                replies.say("org.officer.welcome", model);
            }
            case LINK_BRANCH -> {
                if (Capabilities.of(replies.chat().platform()).groups()) {
                    replies.say("org.link.in_group", model);
                } else {
                    leadWithoutGroup(code, unit, person, replies);
                }
            }
            case JOIN_BRANCH -> replies.say(members.joinWithCode(person, unit.id())
                    ? "org.join.done" : "org.join.already", model);
        }
    }

    /**
     * On a platform with no group chats (Messenger) a branch is the members who talk to the bot one to
     * one: its link code makes the person its secretary at once, and they get the branch's join link to
     * pass on. The code stays theirs, so they can still link a Telegram group with it later.
     */
    private void leadWithoutGroup(InviteStore.InviteDoc code, Unit branch, PersonId person, Replies replies) {
        if (org.invites().claim(code.id(), person.value(), org.clock().instant()).isEmpty()) {
            throw new WrongCode("org.code.used", Map.of("code", code.id()));
        }
        members.join(person, branch.id(), Role.SECRETARY);
        InviteStore.InviteDoc join = org.invites().issue(InviteStore.Purpose.JOIN_BRANCH, branch.id(),
                InviteStore.joinOrigin(branch.id()), org.clock().instant());
        Map<String, Object> model = new HashMap<>(Map.of("unit", branch.name(), "code", join.id()));
        org.startLink(replies.chat().platform(), join.id()).ifPresent(link -> model.put("link", link));
        replies.say("org.link.private_done", model);
    }
}
