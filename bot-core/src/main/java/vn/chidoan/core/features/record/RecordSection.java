package vn.chidoan.core.features.record;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.ProfileSection;

/** The member's own record in {@code /toi}, in short, and where to see and correct it ({@code /hoso}). */
@Component
@Order(20)
class RecordSection implements ProfileSection {
    private final Records records;
    private final RecordView view;

    RecordSection(Records records, RecordView view) {
        this.records = records;
        this.view = view;
    }

    @Override
    public List<RichText> lines(PersonId person, Replies replies) {
        return records.find(person).map(record -> List.of(replies.render("record.profile.line",
                view.model(record, replies)))).orElse(List.of());
    }
}
