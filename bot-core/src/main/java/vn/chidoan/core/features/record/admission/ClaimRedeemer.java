package vn.chidoan.core.features.record.admission;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.MemberRecord;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.member.StartPayloads;

/**
 * {@code /start KN…}: someone takes the roster record a code was made for. Their account's person and the
 * record become one (the record's branch, history and details are theirs now), named as the record is;
 * a record someone already took, or a code used or past its time, is refused with what to do.
 */
@Component
class ClaimRedeemer implements StartPayloads {
    private final Admissions admissions;
    private final Members members;
    private final Records records;
    private final Clock clock;

    ClaimRedeemer(Admissions admissions, Members members, Records records, Clock clock) {
        this.admissions = admissions;
        this.members = members;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public boolean recognises(String payload) {
        return ClaimCodes.looksLike(payload);
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        String account = caller.user().key();
        ClaimCodes.Code code = admissions.codes().find(payload)
                .orElseThrow(() -> new BadInput("record.claim.unknown", Map.of("code", payload)));
        if (code.usedBy() != null && !code.usedBy().equals(account)) {
            throw new BadInput("record.claim.used", Map.of("code", code.code()));
        }
        if (code.usedBy() == null && code.expired(clock.instant())) {
            throw new BadInput("record.claim.expired", Map.of("code", code.code()));
        }
        boolean takenByOther = !code.person().equals(person) && !members.accountsOf(code.person()).isEmpty();
        if (takenByOther || admissions.codes().claim(code.code(), account, clock.instant()).isEmpty()) {
            throw new BadInput("record.claim.used", Map.of("code", code.code()));
        }
        String name = members.person(code.person()).map(Person::name).orElse(null);
        members.links().mergeRecords(code.person(), person);
        if (name != null) {
            members.rename(person, name);
        }
        records.log(new Cause("claim:" + code.code(), null, clock.instant()), Operation.CLAIMED, person,
                code.branch(), null, null, null, null);
        Map<String, Object> model = new HashMap<>(Map.of("branch", admissions.branchName(code.branch())));
        if (name != null) {
            model.put("name", name);
        }
        records.find(person).flatMap(MemberRecord::birthDate).map(Formats::date).ifPresent(b -> model.put("birth", b));
        replies.say("record.claim.done", model);
    }
}
