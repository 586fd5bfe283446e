package vn.chidoan.core.org.unit;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * What the organisation keeps about a person: the offices they hold, the invite codes they used and the
 * groups they linked. An erased person leads nothing any more, and the codes and links stay used and
 * made by no one in particular ({@value #NO_ONE}), so a leader's code cannot be used a second time; a
 * merged person leads what either record led ({@link Organisation} gives them back when the merge is undone).
 */
@Component
class OrgData implements PersonalData {
    static final String NO_ONE = "erased";

    private final Organisation org;

    OrgData(Organisation org) {
        this.org = org;
    }

    @Override
    public void forget(DataSubject subject) {
        org.officers().dismissEverywhere(subject.person());
        org.invites().reassignUser(subject.person().value(), NO_ONE);
        org.links().reassignLinker(subject.person().value(), NO_ONE);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        org.officers().reassign(from, into);
        org.invites().reassignUser(from.value(), into.value());
        org.links().reassignLinker(from.value(), into.value());
    }
}
