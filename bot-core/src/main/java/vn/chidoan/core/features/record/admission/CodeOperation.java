package vn.chidoan.core.features.record.admission;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.features.record.RecordOperation;
import vn.chidoan.core.features.record.RecordTarget;

/**
 * "Mã vào chi đoàn" on the card of a member with no account yet (added by name, imported, admitted): the
 * code, and its link, that the BCH hands them so they take their record.
 */
@Component
class CodeOperation implements RecordOperation {
    private final Admissions admissions;
    private final Clock clock;

    CodeOperation(Admissions admissions, Clock clock) {
        this.admissions = admissions;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "code";
    }

    @Override
    public Role least() {
        return Role.BCH;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean offered(RecordTarget target) {
        return !target.entry().hasAccount();
    }

    @Override
    public void start(RecordTarget target, Replies replies) {
        ClaimCodes.Code code = admissions.codes().issue(target.entry().person(), target.branch(), clock.instant());
        replies.say("record.claim.code", admissions.codeModel(target.name(), target.branch(), code, replies));
    }
}
