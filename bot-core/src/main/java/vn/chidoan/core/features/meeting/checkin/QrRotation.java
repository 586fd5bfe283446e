package vn.chidoan.core.features.meeting.checkin;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.export.QrCode;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.MeetingModel;
import vn.chidoan.core.features.meeting.MeetingSweep;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;

/**
 * The check-in QR code shown in a chat ({@code meeting_qr}, one per meeting): every
 * {@code chidoan.meetings.qr-rotation} a new token, so a photo of the code stops working soon after.
 * The code is one image changed in place (the first photo's outbox key is kept, and each rotation edits
 * that message), so the group is not flooded with a photo a minute; a rotation waits until that first
 * photo is delivered. Each rotation is claimed with one conditional update of its sequence number, so a
 * restart resumes it and two instances never show two codes; it stops when check-in closes or its
 * window ends. Where a platform cannot replace an image ({@link Capabilities#editsMedia()}), nothing
 * rotates: {@link #once} makes a single code for whoever asks.
 */
@Component
class QrRotation implements MeetingSweep {
    static final String COLLECTION = "meeting_qr";
    /** Expired tokens are kept a while, so a late scan is told it expired rather than unknown. */
    static final Duration TOKENS_KEPT = Duration.ofHours(6);
    /** The outbox key of the photo the code is shown in; each rotation edits the message it became. */
    private static final String SHOWN = "shown";

    private final MongoTemplate mongo;
    private final QrTokens tokens;
    private final Meetings meetings;
    private final List<DeepLinks> deepLinks;
    private final Outbox outbox;
    private final Deliveries deliveries;
    private final Texts texts;
    private final Clock clock;

    QrRotation(MongoTemplate mongo, Meetings meetings, List<DeepLinks> deepLinks, Outbox outbox,
            Deliveries deliveries, Texts texts, Clock clock) {
        this.mongo = mongo;
        this.tokens = new QrTokens(mongo);
        this.meetings = meetings;
        this.deepLinks = List.copyOf(deepLinks);
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.texts = texts;
        this.clock = clock;
    }

    /** Shows the meeting's code in {@code chat} from now until its check-in window ends. */
    void start(Meeting meeting, ChatRef chat, String threadId, String lang) {
        Instant until = meeting.start().plus(meetings.properties().checkinAfter());
        Document state = new Document("chat", chat.key()).append("lang", lang).append("nextAt", Date.from(clock.instant()))
                .append("until", Date.from(until));
        if (threadId != null) {
            state.append("thread", threadId);
        }
        Update update = new Update();
        state.forEach(update::set);
        mongo.upsert(query(where("_id").is(meeting.id())), update.unset(SHOWN).inc("seq", 1), COLLECTION);
        rotate(meeting.id());
    }

    /**
     * One code, not rotated, for a chat on a platform that cannot change an image in place: valid as long
     * as one rotation, its caption says to ask again for a new one.
     */
    OutgoingMessage once(Meeting meeting, ChatRef chat, String lang) {
        Instant until = clock.instant().plus(meetings.properties().qrRotation());
        return image(meeting, chat, lang, until, true);
    }

    void stop(Meeting meeting) {
        mongo.remove(query(where("_id").is(meeting.id())), COLLECTION);
    }

    /** The token behind a scanned code, if it is one. */
    Optional<QrTokens.Token> token(String value) {
        return tokens.find(value);
    }

    @Override
    public void sweep() {
        Instant now = clock.instant();
        var due = query(where("nextAt").lte(Date.from(now)));
        due.fields().include("_id");
        for (Document doc : mongo.find(due, Document.class, COLLECTION)) {
            rotate(doc.getString("_id"));
        }
    }

    private void rotate(String meetingId) {
        Instant now = clock.instant();
        Instant next = now.plus(meetings.properties().qrRotation());
        Document claimed = mongo.findAndModify(query(where("_id").is(meetingId).and("nextAt").lte(Date.from(now))),
                new Update().set("nextAt", Date.from(next)).inc("seq", 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        if (claimed == null) {
            return;
        }
        Optional<Meeting> meeting = meetings.find(meetingId);
        if (meeting.isEmpty() || meeting.get().closed() || !now.isBefore(claimed.getDate("until").toInstant())) {
            mongo.remove(query(where("_id").is(meetingId)), COLLECTION);
            return;
        }
        String shown = claimed.getString(SHOWN);
        Optional<String> shownId = shown == null ? Optional.empty() : deliveries.messageId(shown);
        if (shown != null && shownId.isEmpty()) { // the first photo is not out yet: look again soon
            mongo.updateFirst(query(where("_id").is(meetingId)), new Update().set("nextAt",
                    Date.from(now.plus(meetings.properties().tickInterval()))), COLLECTION);
            return;
        }
        ChatRef chat = ChatRef.parse(claimed.getString("chat"));
        tokens.purgeBefore(now.minus(TOKENS_KEPT));
        OutgoingMessage image = image(meeting.get(), chat, claimed.getString("lang"), next, false)
                .inThread(claimed.getString("thread"));
        String key = "meeting:" + meetingId + ":qr:" + claimed.get("seq");
        outbox.enqueue(key, chat, shownId.map(image::editing).orElse(image), Priority.INTERACTIVE);
        if (shown == null) {
            mongo.updateFirst(query(where("_id").is(meetingId).and(SHOWN).exists(false)), new Update().set(SHOWN, key),
                    COLLECTION);
        }
    }

    /** A new token's code, valid until {@code shownUntil} plus the grace, as a photo with its caption. */
    private OutgoingMessage image(Meeting meeting, ChatRef chat, String lang, Instant shownUntil, boolean once) {
        QrTokens.Token token = tokens.issue(meeting.id(), shownUntil.plus(meetings.properties().qrGrace()));
        String link = link(chat, QrTokens.PAYLOAD_PREFIX + token.value());
        Map<String, Object> model = MeetingModel.of(meeting, meetings.properties(), clock);
        model.put("validUntil", Formats.time(LocalTime.ofInstant(shownUntil, clock.getZone())));
        model.put("link", link);
        model.put("once", once);
        return OutgoingMessage.text(texts.render("meeting.qr.caption", lang, model))
                .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "diemdanh.png", "image/png",
                        QrCode.png(link)));
    }

    private String link(ChatRef chat, String payload) {
        return deepLinks.stream().filter(links -> links.platform() == chat.platform()).findFirst()
                .or(() -> deepLinks.stream().findFirst())
                .flatMap(links -> links.startLink(payload))
                .orElseThrow(() -> new IllegalStateException("no start links for " + chat.platform()));
    }
}
