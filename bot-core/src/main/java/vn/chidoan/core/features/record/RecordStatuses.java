package vn.chidoan.core.features.record;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.status.FeeCategory;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.MemberStatuses;
import vn.chidoan.core.org.member.status.StatusSpell;

/** Members' statuses and fee categories from their records, for the features that read the port. */
@Component
class RecordStatuses implements MemberStatuses {
    private static final EnumSet<MemberStatus> AWAY = EnumSet.of(MemberStatus.WORKING_AWAY,
            MemberStatus.RESIDING_ELSEWHERE, MemberStatus.TEMPORARY);

    private final Records records;

    RecordStatuses(Records records) {
        this.records = records;
    }

    @Override
    public Map<PersonId, StatusSpell> away(UnitId branch, LocalDate day) {
        Map<PersonId, StatusSpell> away = new LinkedHashMap<>();
        records.ofBranch(branch, AWAY).stream().filter(r -> r.statusOn(day) != MemberStatus.ACTIVE)
                .forEach(r -> away.put(r.person(), r.status()));
        return away;
    }

    @Override
    public Map<PersonId, FeeCategory> feeCategories(UnitId branch) {
        Map<PersonId, FeeCategory> categories = new LinkedHashMap<>();
        records.ofBranch(branch, Stream.of(MemberStatus.values()).filter(MemberStatus::onRoster).toList())
                .forEach(r -> r.field(Field.FEE_CATEGORY)
                        .ifPresent(category -> categories.put(r.person(), (FeeCategory) category)));
        return categories;
    }
}
