package vn.chidoan.core.features.record.transfer;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/** Transfers as personal data: a person's own transfers go with them; where they started or decided one, they are forgotten. */
@Component
class TransferData implements PersonalData {
    private final Transfers transfers;

    TransferData(Transfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public void forget(DataSubject subject) {
        transfers.store().forget(subject.person());
    }

    @Override
    public void move(PersonId from, PersonId into) {
        transfers.store().move(from, into);
    }
}
