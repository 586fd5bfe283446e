package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.messenger.testing.RecordedSend;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * Personal data as a port, end to end on the real wiring: a member who used every feature erases their
 * data and no collection keeps their id, name or accounts; a member's second record, merged by linking
 * their accounts, brings its comments, answers and check-ins into the surviving one.
 */
class PersonalDataScenariosTest extends MessengerEndToEnd {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern LINK_CODE = Pattern.compile("LK[A-Z0-9]{8}");

    @DynamicPropertySource
    static void quickErasures(DynamicPropertyRegistry registry) {
        registry.add("chidoan.personal.erasure-settle", () -> "2s");
        registry.add("chidoan.personal.erasure-check", () -> "250ms");
    }

    /** What a member did on Messenger: their comment's post, and the meeting they answered and attended. */
    record Footprint(String post, String meeting) {
    }

    @Test
    void aMemberWhoUsedEveryFeatureErasesTheirDataAndNoCollectionKeepsAnyOfIt() {
        Branch branch = branch("3301");
        String psid = "3301998877665544";
        String name = "Đinh Thị Ngọc Xuyến";
        join(psid, branch.joinCode(), name);
        String person = personOf("messenger:" + psid);
        says(branch.secretary(), "/bch_them 2");
        usesEveryFeature(branch, psid, "Xuyến góp ý riêng về kế hoạch.", "Em bận thi học kỳ.");
        presses(psid, "name:edit");
        String linkCode = linkCodeIn(texts(says(psid, "/toi")));
        GRAPH.failNextTo(psid, "error_10_outside_window.json");
        says(psid, "/baocao hop");
        assertThat(mongo.exists(Query.query(Criteria.where("chat").is("messenger:" + psid).and("status").is("HELD")
                .and("message.attachment.fileName").exists(true)), "outbox")).as("an export held for them").isTrue();
        Updates.Person onTelegram = new Updates.Person(7_733_005_191L, "Xuyến", "Đinh");
        RecordedRequest asked = telegramReply(onTelegram, Updates.privateText(onTelegram, "/start " + linkCode));
        telegramReply(onTelegram, Updates.press(onTelegram, onTelegram.id(), asked.resultMessageId(),
                callbackData(asked, "lk:y:")));
        assertThat(personOf("telegram:" + onTelegram.id())).isEqualTo(person);

        RecordedRequest confirm = telegramReply(onTelegram, Updates.privateText(onTelegram, "/xoadulieu"));
        RecordedRequest done = telegramReply(onTelegram, Updates.press(onTelegram, onTelegram.id(),
                confirm.resultMessageId(), "erase:y"));
        assertThat(done.text()).contains("Đã xóa toàn bộ dữ liệu");
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(Criteria.where("closedAt").exists(true)), "erasures"));

        List<String> traces = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document doc : mongo.getCollection(collection).find()) {
                for (String needle : List.of(person, name, psid, String.valueOf(onTelegram.id()))) {
                    if (mentions(doc, needle)) {
                        traces.add(collection + " " + doc.toJson() + " holds " + needle);
                    }
                }
            }
        }
        assertThat(traces).isEmpty();
        assertThat(mongo.findAll(Document.class, "erasures")).singleElement()
                .satisfies(erasure -> assertThat(erasure.keySet()).containsExactlyInAnyOrder("_id", "at", "closedAt"));
        assertThat(mongo.count(new Query(), "comments")).as("their comment").isZero();
        assertThat(mongo.exists(Query.query(Criteria.where("title").is("Kế hoạch hè " + branch.name())), "comment_posts"))
                .as("the secretary's post they commented on stays").isTrue();
        assertThat(texts(says(branch.secretary(), "/thanhvien"))).contains("Lê Văn Cường").doesNotContain(name);
    }

    @Test
    void aMergedRecordBringsItsCommentsAnswersAndCheckInsIntoTheSurvivingOne() {
        Branch branch = branch("3302");
        String psid = "3302998877665544";
        join(psid, branch.joinCode(), "Lý Văn Hợp");
        String messengerRecord = personOf("messenger:" + psid);
        Footprint footprint = usesEveryFeature(branch, psid, "Hợp góp ý từ Messenger.", "Em đi trực.");
        Updates.Person onTelegram = new Updates.Person(7_733_005_292L, "Lý Văn", "Hợp");
        RecordedRequest consent = telegramReply(onTelegram, Updates.privateText(onTelegram, "/start " + branch.joinCode()));
        telegramReply(onTelegram, Updates.press(onTelegram, onTelegram.id(), consent.resultMessageId(),
                callbackData(consent, "consent:y")));
        String telegramRecord = personOf("telegram:" + onTelegram.id());
        String linkCode = linkCodeIn(telegramReply(onTelegram, Updates.privateText(onTelegram, "/toi")).text());

        List<RecordedSend> asked = opens(psid, linkCode);
        assertThat(texts(asked)).contains("Lý Văn Hợp", branch.name(), "Telegram");
        presses(psid, asked.stream().flatMap(s -> s.postbacks().stream()).filter(p -> p.startsWith("lk:y:"))
                .findFirst().orElseThrow());

        assertThat(personOf("messenger:" + psid)).isEqualTo(telegramRecord);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(messengerRecord)), "persons")).isFalse();
        assertThat(mongo.findOne(Query.query(Criteria.where("text").is("Hợp góp ý từ Messenger.")), Document.class,
                "comments").getString("person")).isEqualTo(telegramRecord);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(footprint.post() + ":" + telegramRecord)),
                "comment_passes")).isFalse();
        Document meeting = mongo.findById(footprint.meeting(), Document.class, "meetings");
        assertThat(meeting.get("rsvp", Document.class)).containsOnlyKeys(telegramRecord);
        assertThat(meeting.get("reasons", Document.class)).containsEntry(telegramRecord, "Em đi trực.");
        assertThat(meeting.getList("expected", String.class)).contains(telegramRecord).doesNotContain(messengerRecord);
        assertThat(mongo.findAll(Document.class, "meeting_attendance")).filteredOn(a -> footprint.meeting()
                .equals(a.getString("meeting"))).extracting(a -> a.getString("person")).containsExactly(telegramRecord);
        assertThat(mongo.find(Query.query(Criteria.where("person").is(telegramRecord).and("status").is("ACTIVE")),
                Document.class, "memberships")).hasSize(1);
        for (String collection : mongo.getCollectionNames()) {
            for (Document doc : mongo.getCollection(collection).find()) {
                if (!collection.startsWith("account_link")) { // the link's own record and code name what was merged
                    assertThat(mentions(doc, messengerRecord)).as("%s %s", collection, doc.toJson()).isFalse();
                }
            }
        }
    }

    /**
     * The member comments on a post and passes on another, answers a meeting's invitation "away" with a
     * reason, checks in with the QR code, and the secretary closes the meeting.
     */
    private Footprint usesEveryFeature(Branch branch, String psid, String comment, String reason) {
        says(branch.secretary(), "/gopy Kế hoạch hè " + branch.name() + " hạn 20/12/2030\nNội dung kế hoạch.");
        RecordedSend post = await().atMost(WAIT).until(() -> sentWith(psid, "gy:c:"), s -> s != null);
        String postNumber = postback(post, "gy:c:").substring("gy:c:".length());
        presses(psid, postback(post, "gy:c:"));
        assertThat(texts(says(psid, comment))).contains("ý kiến " + postNumber + ".1");
        says(branch.secretary(), "/gopy Báo cáo quý " + branch.name() + " hạn 20/12/2030\nNội dung báo cáo.");
        await().atMost(WAIT).until(() -> GRAPH.sendsTo(psid).stream().anyMatch(s -> s.text() != null
                && s.text().contains("Báo cáo quý")));
        RecordedSend second = GRAPH.sendsTo(psid).stream().filter(s -> s.text() != null
                && s.text().contains("Báo cáo quý")).findFirst().orElseThrow();
        presses(psid, postback(second, "gy:p:"));

        String when = ZonedDateTime.now(VIETNAM).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        says(branch.secretary(), "/hop " + when + " Sinh hoạt " + branch.name() + " tại Phòng 2");
        RecordedSend invitation = await().atMost(WAIT).until(() -> sentWith(psid, "mrs:"), s -> s != null);
        String away = invitation.postbacks().stream().filter(p -> p.startsWith("mrs:") && p.endsWith(":n"))
                .findFirst().orElseThrow();
        presses(psid, away);
        says(psid, reason);
        says(branch.secretary(), "/diemdanh_qr");
        RecordedSend qr = await().atMost(WAIT).until(() -> firstUpload(GRAPH.sendsTo(branch.secretary()).stream()
                .filter(s -> s.upload() != null && "image".equals(s.attachmentType())).toList()), s -> s != null);
        String link = EndToEndSupport.qrText(qr.upload().content());
        assertThat(texts(opens(psid, link.substring(link.indexOf("ref=") + 4)))).contains("Đã điểm danh");
        says(branch.secretary(), "/diemdanh_dong");
        String meeting = mongo.findOne(Query.query(Criteria.where("topic").is("Sinh hoạt " + branch.name())), Document.class,
                "meetings").getString("_id");
        return new Footprint(postNumber, meeting);
    }

    private String personOf(String account) {
        Document found = mongo.findById(account, Document.class, "accounts");
        assertThat(found).as("the account %s", account).isNotNull();
        return found.getString("person");
    }

    private static RecordedSend sentWith(String psid, String postbackPrefix) {
        return GRAPH.sendsTo(psid).stream().filter(s -> s.postbacks().stream().anyMatch(p -> p.startsWith(postbackPrefix)))
                .findFirst().orElse(null);
    }

    private static String postback(RecordedSend sent, String prefix) {
        return sent.postbacks().stream().filter(p -> p.startsWith(prefix)).findFirst().orElseThrow();
    }

    private static String callbackData(RecordedRequest message, String prefix) {
        return message.replyMarkup().findValuesAsText("callback_data").stream().filter(d -> d.startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + prefix + " in " + message.text()));
    }

    private static String linkCodeIn(String text) {
        Matcher code = LINK_CODE.matcher(text);
        assertThat(code.find()).as("a link code in %s", text).isTrue();
        return code.group();
    }

    /** Whether any key or value of the document, at any depth, holds {@code needle}. */
    private static boolean mentions(Object value, String needle) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(e -> String.valueOf(e.getKey()).contains(needle)
                    || mentions(e.getValue(), needle));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(item -> mentions(item, needle));
        }
        if (value instanceof Binary binary) {
            return new String(binary.getData(), StandardCharsets.UTF_8).contains(needle);
        }
        return value != null && String.valueOf(value).contains(needle);
    }
}
