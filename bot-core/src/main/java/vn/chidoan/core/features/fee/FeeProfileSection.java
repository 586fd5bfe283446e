package vn.chidoan.core.features.fee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.ProfileSection;
import vn.chidoan.core.org.member.roster.Membership;

/** The line of {@code /toi} about fees, per branch with an open book: what is owed now, or paid up to when. */
@Component
class FeeProfileSection implements ProfileSection {
    private final Books books;
    private final Members members;
    private final StatusMessages names;

    FeeProfileSection(Books books, Members members, StatusMessages names) {
        this.books = books;
        this.members = members;
        this.names = names;
    }

    @Override
    public List<RichText> lines(PersonId person, Replies replies) {
        List<RichText> lines = new ArrayList<>();
        Words words = Words.of(replies);
        for (Membership membership : members.membershipsOf(person)) {
            books.book(membership.branch()).flatMap(book -> books.ledger(book).of(person)).ifPresent(statement -> {
                Map<String, Object> model = StatusMessages.owedModel(statement, words);
                model.put("branch", names.branchName(membership.branch()));
                statement.months().stream().filter(m -> m.due() > 0 && m.paid() >= m.due()).reduce((a, b) -> b)
                        .ifPresent(last -> model.put("until", words.period(FeePeriod.month(last.month()))));
                lines.add(words.render("fee.profile", model));
            });
        }
        return lines;
    }
}
