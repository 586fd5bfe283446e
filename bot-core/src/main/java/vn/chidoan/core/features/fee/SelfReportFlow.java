package vn.chidoan.core.features.fee;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * "Tôi đã nộp" in the member's private chat: the bot says what it will report (what they owe now) and
 * takes a photo of the transfer, or "Gửi không kèm ảnh"; then the request goes to the BCH. What is owed is
 * worked out again when they answer, so a payment the BCH recorded meanwhile is not reported twice.
 */
@Component
class SelfReportFlow implements Flow<SelfReportFlow.Asked> {
    static final String NAME = "fee-report";
    static final String NO_PHOTO = "nophoto";

    /** Its one state: the photo was asked for, of the member whose fee code this is. */
    record Asked(long code) {
    }

    private final Books books;
    private final SelfReports reports;
    private final RequestMessages messages;

    SelfReportFlow(Books books, SelfReports reports, RequestMessages messages) {
        this.books = books;
        this.reports = reports;
        this.messages = messages;
    }

    static void begin(Conversations conversations, Caller caller, Replies replies, Ledger.Statement statement) {
        if (statement.owed() <= 0) {
            throw new BadInput(statement.waiting() ? "fee.report.waiting" : "fee.report.nothing_owed");
        }
        conversations.start(NAME, caller, replies, new Asked(statement.member().fee().code()));
        Words words = Words.of(replies);
        replies.say("fee.report.ask", StatusMessages.owedModel(statement, words), List.of(List.of(
                Conversations.button(replies.label("fee.report.button_no_photo"), NO_PHOTO),
                Conversations.cancelButton(replies))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Asked> stateType() {
        return Asked.class;
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(30);
    }

    @Override
    public Next<Asked> onMessage(Dialogue<Asked> dialogue, Inbound.MessageReceived message) {
        Attachment photo = message.attachment();
        if (photo == null || photo.kind() != Attachment.Kind.PHOTO && !isImage(photo)) {
            throw new BadInput("fee.report.not_photo");
        }
        return report(dialogue, photo, message.chat().platform());
    }

    @Override
    public Next<Asked> onText(Dialogue<Asked> dialogue, String text) {
        throw new BadInput("fee.report.not_photo");
    }

    @Override
    public Next<Asked> onButton(Dialogue<Asked> dialogue, String choice) {
        return NO_PHOTO.equals(choice) ? report(dialogue, null, null) : Next.stay();
    }

    private Next<Asked> report(Dialogue<Asked> dialogue, Attachment photo, Platform platform) {
        FeeMember member = books.members.byCode(dialogue.state().code())
                .filter(m -> m.person().equals(dialogue.caller().person()))
                .orElseThrow(() -> new BadInput("fee.request.gone"));
        Book book = books.book(member.branch()).orElseThrow(() -> new BadInput("fee.not_open"));
        Ledger ledger = books.ledger(book);
        Ledger.Statement statement = ledger.of(member.person()).orElseThrow(() -> new BadInput("fee.request.gone"));
        Replies replies = dialogue.replies();
        FeeRequest request = reports.report(ledger, statement, replies.eventKey(), photo, platform);
        messages.toLeads(ledger, request, statement);
        Words words = Words.of(replies);
        replies.say("fee.report.sent", Map.of("amount", Words.money(request.total()),
                "periods", words.periods(RequestMessages.periods(book, request.lines()))));
        return Next.end();
    }

    private static boolean isImage(Attachment file) {
        return file.mimeType() != null && file.mimeType().startsWith("image/");
    }
}
