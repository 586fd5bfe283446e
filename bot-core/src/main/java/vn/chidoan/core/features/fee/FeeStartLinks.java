package vn.chidoan.core.features.fee;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.StartPayloads;

/**
 * {@code /start dp<book>}: the link a group shows a member the bot cannot write to yet; it opens their
 * private chat with their fee status and the VietQR code, as {@code /doanphi} there would.
 */
@Component
class FeeStartLinks implements StartPayloads {
    private static final String PREFIX = "dp";

    private final Books books;
    private final Overview overview;
    private final StatusMessages messages;

    FeeStartLinks(Books books, Overview overview, StatusMessages messages) {
        this.books = books;
        this.overview = overview;
        this.messages = messages;
    }

    static String payload(Book book) {
        return PREFIX + book.number();
    }

    @Override
    public boolean recognises(String payload) {
        return payload.matches(PREFIX + "\\d{1,12}");
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        Book book = books.books.byNumber(Long.parseLong(payload.substring(PREFIX.length())))
                .orElseThrow(() -> new BadInput("fee.request.gone"));
        Ledger ledger = books.ledger(book);
        Ledger.Statement statement = ledger.of(person).orElseThrow(() -> new BadInput("fee.status.not_in_book",
                Map.of("branch", messages.branchName(book.branch()))));
        overview.sendStatus(replies, ledger, statement);
    }
}
