package vn.chidoan.core.features.notice;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * What notices keep about a person: their acknowledgements for a branch and the notices they marked seen,
 * and the notices they sent. An erasure keeps a branch's acknowledgement (the branch did acknowledge) and
 * a sent notice (the branches received it) but by no one; a merge gives all of them to the surviving record.
 * A draft is a dialogue, which the kernel forgets.
 */
@Component
class NoticeData implements PersonalData {
    private final Notices notices;

    NoticeData(Notices notices) {
        this.notices = notices;
    }

    @Override
    public void forget(DataSubject subject) {
        notices.receipts().forget(subject.person());
        notices.store().forgetSender(subject.person());
    }

    @Override
    public void move(PersonId from, PersonId into) {
        notices.receipts().move(from, into);
        notices.store().moveSender(from, into);
    }
}
