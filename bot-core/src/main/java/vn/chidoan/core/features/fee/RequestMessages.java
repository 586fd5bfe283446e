package vn.chidoan.core.features.fee;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * The messages around a "Tôi đã nộp": the request to each member of the branch's BCH in their private chat
 * (with the transfer's photo on the platform it was sent from; elsewhere the text says where to see it),
 * with "Xác nhận" and "Từ chối"; and the decision, to whoever pressed and to the member. Keyed by the
 * request, so a replay sends nothing twice.
 */
@Component
class RequestMessages {
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;
    private final StatusMessages status;

    RequestMessages(Members members, Outbox outbox, Texts texts, StatusMessages status) {
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
        this.status = status;
    }

    /** The periods of these lines under the book's terms, in order. */
    static List<FeePeriod> periods(Book book, List<Line> lines) {
        return Line.months(lines).stream().map(m -> book.terms(m).period(m)).distinct().toList();
    }

    /** Sends the request to the branch's BCH, the member themselves left out unless they are all of it. */
    void toLeads(Ledger ledger, FeeRequest request, Ledger.Statement statement) {
        List<PersonId> leads = members.roster(request.branch()).stream().filter(e -> e.role().atLeast(Role.BCH))
                .map(RosterEntry::person).toList();
        List<PersonId> others = leads.stream().filter(p -> !p.equals(request.person())).toList();
        Map<PersonId, List<UserRef>> accounts = members.accountsOf(others.isEmpty() ? leads : others);
        accounts.forEach((lead, theirs) -> {
            ChatRef chat = theirs.get(0).privateChat();
            Words words = Words.of(texts, lang(lead));
            Map<String, Object> model = model(ledger.book(), request, words);
            model.put("code", statement.member().fee().codeText());
            model.put("branch", status.branchName(request.branch()));
            boolean photoHere = request.photo() != null && request.photoPlatform() == chat.platform();
            model.put("photo", photoHere);
            if (request.photo() != null && !photoHere) {
                model.put("photoElsewhere", Map.of(request.photoPlatform().name().toLowerCase(Locale.ROOT), true));
            }
            OutgoingMessage message = OutgoingMessage.text(words.render("fee.request.to_lead", model))
                    .withButtons(List.of(List.of(
                            Button.action(words.label("fee.button.confirm"), FeeButtons.data(FeeButtons.CONFIRM, request.id())),
                            Button.action(words.label("fee.button.reject"), FeeButtons.data(FeeButtons.REJECT, request.id())))));
            outbox.enqueue("fee-request:" + request.id() + ":" + chat.key(), chat,
                    photoHere ? message.withAttachment(request.photo()) : message, Priority.INTERACTIVE);
        });
    }

    /** Tells the presser what their press did and, when it decided, the member. */
    void decided(ButtonContext ctx, Book book, SelfReports.Decision decision) {
        FeeRequest request = decision.request();
        Map<String, Object> model = model(book, request, Words.of(ctx.replies()));
        if (!decision.decided()) {
            model.put("by", status.name(request.decidedBy()));
            model.put(request.status() == FeeRequest.Status.CONFIRMED ? "confirmed" : "rejected", true);
            ctx.replies().say("fee.request.already", model);
            return;
        }
        boolean confirmed = request.status() == FeeRequest.Status.CONFIRMED;
        decision.payment().ifPresent(p -> model.put("number", p.number()));
        ctx.replies().say(confirmed ? "fee.request.confirmed" : "fee.request.rejected", model);
        List<UserRef> theirs = members.accountsOf(request.person());
        if (!theirs.isEmpty()) {
            ChatRef chat = theirs.get(0).privateChat();
            Words words = Words.of(texts, lang(request.person()));
            Map<String, Object> told = model(book, request, words);
            told.put("by", status.name(request.decidedBy()));
            outbox.enqueue("fee-request:" + request.id() + ":member", chat, OutgoingMessage.text(words.render(
                    confirmed ? "fee.request.member_confirmed" : "fee.request.member_rejected", told)),
                    Priority.INTERACTIVE);
        }
    }

    private Map<String, Object> model(Book book, FeeRequest request, Words words) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", status.name(request.person()));
        model.put("amount", Words.money(request.total()));
        model.put("periods", words.periods(periods(book, request.lines())));
        return model;
    }

    private String lang(PersonId person) {
        return members.person(person).map(Person::lang).orElse(Texts.VIETNAMESE);
    }
}
