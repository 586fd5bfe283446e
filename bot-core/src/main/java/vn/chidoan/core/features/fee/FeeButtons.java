package vn.chidoan.core.features.fee;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * The buttons of a "Tôi đã nộp": {@code dp:r:<code>} (the member reports paying; only the member whose
 * code it is may press it), {@code dp:y:<request>} and {@code dp:n:<request>} (the BCH confirms or rejects;
 * re-checked against the presser's role in the request's own branch when pressed).
 */
@Component
class FeeButtons extends FeeButtonFamily {
    static final String PREFIX = "dp";
    static final String REPORT = "r";
    static final String CONFIRM = "y";
    static final String REJECT = "n";
    static final String MENU_MARK = "m";
    static final String MENU_OWED = "n";
    static final String MENU_EXPORT = "x";
    static final String MENU_SETTINGS = "s";

    private final Books books;
    private final SelfReports reports;
    private final RequestMessages messages;
    private final Conversations conversations;

    FeeButtons(Books books, SelfReports reports, RequestMessages messages, Conversations conversations,
            PrivateChannel channel) {
        super(PREFIX, channel);
        this.books = books;
        this.reports = reports;
        this.messages = messages;
        this.conversations = conversations;
    }

    static String data(String action, Object argument) {
        return data(PREFIX, action, argument);
    }

    /** A button of the BCH's menu under the overview of {@code book}. */
    static String menu(Book book, String action) {
        return BookButtons.data(BookButtons.MENU, book.number() + ":" + action);
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":", 2);
        String argument = parts.length > 1 ? parts[1] : "";
        switch (parts[0]) {
            case REPORT -> report(ctx, argument);
            case CONFIRM, REJECT -> decide(ctx, argument, parts[0].equals(CONFIRM));
            default -> ctx.expired();
        }
    }

    private void report(ButtonContext ctx, String code) {
        Optional<FeeMember> member = code.matches("\\d{1,12}") ? books.members.byCode(Long.parseLong(code))
                : Optional.empty();
        if (member.isEmpty() || !member.get().person().equals(ctx.caller().person())) {
            ctx.toast("fee.toast.not_yours");
            return;
        }
        Optional<Replies> own = own(ctx);
        if (own.isEmpty()) {
            return;
        }
        Book book = books.book(member.get().branch()).orElseThrow(() -> new BadInput("fee.not_open"));
        Ledger ledger = books.ledger(book);
        Ledger.Statement statement = ledger.of(member.get().person())
                .orElseThrow(() -> new BadInput("fee.request.gone"));
        SelfReportFlow.begin(conversations, ctx.caller(), own.get(), statement);
    }

    private void decide(ButtonContext ctx, String id, boolean confirm) {
        SelfReports.Decision decision = reports.decide(id, ctx.caller(), confirm);
        Book book = books.book(decision.request().branch()).orElseThrow(() -> new BadInput("fee.not_open"));
        messages.decided(ctx, book, decision);
    }
}
