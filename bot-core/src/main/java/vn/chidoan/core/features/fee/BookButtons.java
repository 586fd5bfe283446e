package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.NumberedPress;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.unit.BranchLeads;

/**
 * The BCH's buttons on a book: {@code dpb:o:<book>:<m|n|x|s>} under the overview (mark payments, who owes,
 * the book as Excel, settings), {@code dpb:p:<book>:<page>} and {@code dpb:k:<code>:<yyyymm>} of the
 * roster picker, {@code dpb:b:<id>} and {@code dpb:c:<id>} of a marking for everyone. Every press is
 * re-checked against the presser's role in the book's own branch; what names amounts goes privately.
 */
@Component
class BookButtons extends FeeButtonFamily {
    static final String PREFIX = "dpb";
    static final String MENU = "o";
    static final String PAGE = "p";
    static final String MARK = "k";
    static final String BULK = "b";
    static final String BULK_CANCEL = "c";

    private final Books books;
    private final BranchLeads leads;
    private final MarkPicker picker;
    private final BulkMarks bulk;
    private final BookReplies book;

    BookButtons(Books books, BranchLeads leads, MarkPicker picker, BulkMarks bulk, BookReplies book,
            PrivateChannel channel) {
        super(PREFIX, channel);
        this.books = books;
        this.leads = leads;
        this.picker = picker;
        this.bulk = bulk;
        this.book = book;
    }

    static String data(String action, Object argument) {
        return data(PREFIX, action, argument);
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        switch (parts[0]) {
            case BULK -> withId(ctx, parts, bulk::confirm);
            case BULK_CANCEL -> withId(ctx, parts, bulk::cancel);
            default -> ctx.numbered(1).ifPresent(press -> {
                switch (press.action()) {
                    case MENU, PAGE -> onBook(ctx, press);
                    case MARK -> mark(ctx, press);
                    default -> ctx.expired();
                }
            });
        }
    }

    private static void withId(ButtonContext ctx, String[] parts, BiConsumer<ButtonContext, String> action) {
        if (parts.length == 2) {
            action.accept(ctx, parts[1]);
        } else {
            ctx.expired();
        }
    }

    private void onBook(ButtonContext ctx, NumberedPress press) {
        Optional<Book> found = books.books.byNumber(press.number());
        if (found.isEmpty()) {
            ctx.expired();
            return;
        }
        if (!lead(ctx, found.get().branch())) {
            return;
        }
        Book open = found.get();
        if (press.action().equals(PAGE)) {
            int page = press.more(0).matches("\\d{1,4}") ? Integer.parseInt(press.more(0)) : 0;
            privately(ctx).ifPresent(replies -> picker.show(replies, open, page));
            return;
        }
        switch (press.more(0)) {
            case FeeButtons.MENU_MARK -> privately(ctx).ifPresent(replies -> picker.show(replies, open, 0));
            case FeeButtons.MENU_SETTINGS -> book.settings(ctx.replies(), open);
            case FeeButtons.MENU_OWED -> privately(ctx).ifPresent(replies -> book.owed(replies, books.ledger(open)));
            case FeeButtons.MENU_EXPORT -> privately(ctx).ifPresent(replies -> book.export(replies,
                    books.ledger(open), FeePeriod.year(books.currentMonth().getYear())));
            default -> ctx.expired();
        }
    }

    private void mark(ButtonContext ctx, NumberedPress press) {
        String month = press.more(0);
        Optional<FeeMember> member = month.matches("\\d{6}") ? books.members.byCode(press.number())
                : Optional.empty();
        if (member.isEmpty()) {
            ctx.expired();
        } else if (lead(ctx, member.get().branch())) {
            YearMonth first = YearMonth.of(Integer.parseInt(month.substring(0, 4)), Integer.parseInt(month.substring(4)));
            picker.mark(ctx, member.get(), first);
        }
    }

    private boolean lead(ButtonContext ctx, UnitId branch) {
        if (leads.leads(ctx.caller(), branch)) {
            return true;
        }
        ctx.toast("fee.toast.not_lead");
        return false;
    }

    /** Replies in the presser's private chat (telling them so in a group), or a toast when the bot cannot. */
    private Optional<Replies> privately(ButtonContext ctx) {
        Optional<Replies> own = own(ctx);
        if (own.isPresent() && ctx.press().kind() == ChatKind.GROUP) {
            ctx.toast("fee.mark.sent_private_toast");
        }
        return own;
    }
}
