package vn.chidoan.core.features.fee;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.unit.BranchLeads;

/**
 * {@code /doanphi} alone. A member gets their own status and the VietQR code, always in their private chat
 * (a group gets a link that opens it when the bot cannot write there yet). The BCH also gets the branch's
 * current period at a glance with what they can do: mark payments, who owes, the book as Excel, settings.
 */
@Component
class Overview {
    private final Books books;
    private final BranchLeads leads;
    private final StatusMessages messages;
    private final PrivateChannel channel;

    Overview(Books books, BranchLeads leads, StatusMessages messages, PrivateChannel channel) {
        this.books = books;
        this.leads = leads;
        this.messages = messages;
        this.channel = channel;
    }

    void show(CommandContext ctx) {
        UnitId branch = branchOf(ctx.caller());
        Optional<Book> book = books.book(branch);
        boolean lead = leads.leads(ctx.caller(), branch);
        if (book.isEmpty()) {
            ctx.replies().say(lead ? "fee.overview.not_open" : "fee.status.not_open",
                    Map.of("branch", messages.branchName(branch)));
            return;
        }
        Ledger ledger = books.ledger(book.get());
        Optional<Ledger.Statement> own = ledger.of(ctx.caller().person());
        if (lead) {
            ctx.replies().say("fee.overview.text", model(ledger, Words.of(ctx.replies())), buttons(book.get(), ctx.replies()));
        }
        if (own.isPresent()) {
            ownStatus(ctx, ledger, own.get(), lead);
        } else if (!lead) {
            throw new BadInput("fee.status.not_in_book", Map.of("branch", messages.branchName(branch)));
        }
    }

    /** The member's status and how to pay, in the replies given (their private chat). */
    void sendStatus(Replies replies, Ledger ledger, Ledger.Statement statement) {
        Words words = Words.of(replies);
        replies.send(OutgoingMessage.text(messages.status(ledger, statement, words)));
        if (statement.owed() > 0) {
            replies.send(messages.payment(ledger, statement, words));
        }
    }

    static UnitId branchOf(Caller caller) {
        if (caller.unit() == null) {
            throw new BadInput("fee.no_branch");
        }
        return caller.unit();
    }

    private void ownStatus(CommandContext ctx, Ledger ledger, Ledger.Statement statement, boolean lead) {
        Optional<Replies> own = channel.of(ctx);
        if (own.isPresent()) {
            sendStatus(own.get(), ledger, statement);
            if (own.get() != ctx.replies() && !lead) {
                ctx.replies().say("fee.status.sent_private");
            }
            return;
        }
        if (lead) {
            return; // the BCH's own status waits until they open the private chat; the overview is here
        }
        String payload = FeeStartLinks.payload(ledger.book());
        channel.startLink(ctx.message().chat().platform(), payload).ifPresentOrElse(
                link -> ctx.replies().say("fee.status.open_private", Map.of(),
                        List.of(List.of(Button.link(ctx.replies().label("fee.button.open_private"), link)))),
                () -> ctx.replies().say("fee.status.start_first"));
    }

    /** The current period at a glance: who paid in full, what came in of what was due, who waits, who owes. */
    Map<String, Object> model(Ledger ledger, Words words) {
        FeePeriod period = ledger.currentPeriod();
        List<Ledger.Statement> all = ledger.statements();
        long paid = all.stream().filter(s -> ledger.months(s.member(), period).stream()
                .allMatch(m -> m.remaining() == 0)).count();
        long waiting = all.stream().filter(Ledger.Statement::waiting).count();
        List<Ledger.Statement> owing = all.stream().filter(s -> s.owed() > 0).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("branch", messages.branchName(ledger.book().branch()));
        model.put("period", words.period(period));
        model.put("deadline", Words.date(ledger.book().terms(period.last()).deadline(period.last())));
        model.put("paid", paid);
        model.put("members", all.size());
        model.put("collected", Words.money(ledger.collected(period)));
        model.put("expected", Words.money(ledger.expected(period)));
        if (waiting > 0) {
            model.put("waiting", waiting);
        }
        model.put("owing", owing.size());
        model.put("owed", Words.money(owing.stream().mapToLong(Ledger.Statement::owed).sum()));
        return model;
    }

    static List<List<Button>> buttons(Book book, Replies replies) {
        return List.of(
                List.of(button(book, replies, "fee.button.mark", FeeButtons.MENU_MARK),
                        button(book, replies, "fee.button.owed", FeeButtons.MENU_OWED)),
                List.of(button(book, replies, "fee.button.book", FeeButtons.MENU_EXPORT),
                        button(book, replies, "fee.button.settings", FeeButtons.MENU_SETTINGS)));
    }

    private static Button button(Book book, Replies replies, String label, String action) {
        return Button.action(replies.label(label), FeeButtons.menu(book, action));
    }
}
