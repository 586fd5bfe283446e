package vn.chidoan.core.features.form;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.audience.FanoutReport;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * Fan-out kind {@code form}: a form's cause ({@code form:<number>}) reaches its branches slice by slice
 * ({@link Forms#deliver}). When a form for several branches has reached them all, its creator is told,
 * once; when some branches could not get it, the creator is told which, once.
 */
@Component
class FormFanout implements FanoutKind {
    static final String KIND = "form";
    private static final String PREFIX = "form:";

    private final Forms forms;
    private final Members members;
    private final FanoutReport report;

    FormFanout(Forms forms, Members members, FanoutReport report) {
        this.forms = forms;
        this.members = members;
        this.report = report;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String cause, List<UnitId> branches) {
        forms.find(number(cause)).ifPresent(form -> forms.deliver(form, branches));
    }

    @Override
    public void finished(String cause, int branches, List<UnitId> leftOut) {
        forms.find(number(cause)).filter(form -> form.creatorAccount() != null).ifPresent(form -> report.tell(cause,
                form.creatorAccount().privateChat(),
                members.person(form.creator()).map(Person::lang).orElse(Texts.VIETNAMESE),
                new FanoutReport.Sent("form.named", Map.of("number", form.number(), "title", form.title()),
                        "/dangky_ketqua " + form.number(), true), branches, leftOut));
    }

    private static long number(String cause) {
        return Long.parseLong(cause.substring(PREFIX.length()));
    }
}
