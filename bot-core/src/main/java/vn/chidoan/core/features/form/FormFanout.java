package vn.chidoan.core.features.form;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.audience.FanoutReport;
import vn.chidoan.core.org.audience.PostedFanout;
import vn.chidoan.core.org.member.Members;

/**
 * Fan-out kind {@code form}: a form's cause ({@code form:<number>}) reaches its branches slice by slice
 * ({@link Forms#deliver}). When a form for several branches has reached them all, its creator is told,
 * once; when some branches could not get it, the creator is told which, once.
 */
@Component
class FormFanout extends PostedFanout<Form> {
    static final String KIND = "form";

    FormFanout(Forms forms, Members members, FanoutReport report) {
        super(KIND, members, report, forms::find, forms::deliver, form -> new FanoutReport.Sent("form.named",
                Map.of("number", form.number(), "title", form.title()), "/dangky_ketqua " + form.number(), true));
    }
}
