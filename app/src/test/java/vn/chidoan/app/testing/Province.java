package vn.chidoan.app.testing;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;
import vn.chidoan.core.org.unit.UnitKind;

/**
 * A province written into a running app's database for benchmarks and crash tests: its root and its
 * officer (a Telegram user) through the app's services, districts, branches (each with its Telegram
 * group {@code -100<1,000,000 + n>}, except one in {@code messengerEvery}, whose members are on
 * Messenger) and members straight into the collections in bulk.
 *
 * @param branches       branches under the districts, round robin
 * @param districts      district units under the root
 * @param members        members per branch, the first its secretary
 * @param messengerEvery one branch in this many has no group (0: none)
 */
public record Province(int branches, int districts, int members, int messengerEvery) {

    /** A branch's Telegram group id. */
    public static long group(int branch) {
        return -100L * 10_000_000L - (1_000_000 + branch);
    }

    /** Writes the province with {@code officer} (a Telegram user id) over its root; returns how many chats a post to all reaches. */
    public int seed(ConfigurableApplicationContext app, long officer) {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        Organisation org = app.getBean(Organisation.class);
        Members people = app.getBean(Members.class);
        Unit root = org.create("Tỉnh đoàn Hà Nam", UnitKind.TINH_DOAN, null, "bench:root");
        Person leader = people.register(new Speaker(new UserRef(Platform.TELEGRAM, Long.toString(officer)),
                "Bí thư Tỉnh đoàn", null, "vi"));
        org.appoint(leader.id(), root.id());

        Date now = Date.from(Instant.now());
        List<Document> units = new ArrayList<>();
        List<Document> links = new ArrayList<>();
        List<Document> persons = new ArrayList<>();
        List<Document> accounts = new ArrayList<>();
        List<Document> memberships = new ArrayList<>();
        int chats = 0;
        for (int d = 0; d < districts; d++) {
            units.add(unit("ubench-d" + d, "Huyện đoàn " + d, UnitKind.HUYEN_DOAN, root.id().value(),
                    List.of(root.id().value()), now));
        }
        for (int b = 0; b < branches; b++) {
            String district = "ubench-d" + (b % districts);
            String branch = "ubench-b" + b;
            units.add(unit(branch, "Chi đoàn " + b, UnitKind.CHI_DOAN, district, List.of(root.id().value(), district),
                    now));
            boolean messenger = messengerEvery > 0 && b % messengerEvery == 0;
            if (!messenger) {
                links.add(new Document("_id", branch + "|telegram").append("chat", "telegram:" + group(b))
                        .append("branch", branch).append("platform", "TELEGRAM")
                        .append("linkedAt", now).append("linkedBy", leader.id().value()));
                chats++;
            }
            for (int m = 0; m < members; m++) {
                String person = "pbench" + b + "x" + m;
                String account = (messenger ? "messenger:" : "telegram:") + (10_000_000L + (long) b * members + m);
                persons.add(new Document("_id", person).append("name", "Đoàn viên " + b + "." + m).append("lang", "vi")
                        .append("consentAt", now).append("origin", "bench:" + person).append("createdAt", now));
                accounts.add(new Document("_id", account).append("person", person).append("linkedAt", now));
                memberships.add(new Document("_id", person + "@" + branch).append("person", person)
                        .append("branch", branch).append("role", m == 0 ? "SECRETARY" : "MEMBER")
                        .append("status", "ACTIVE").append("joinedAt", now));
                if (messenger) {
                    chats++;
                }
            }
        }
        insert(mongo, "units", units);
        insert(mongo, "chat_links", links);
        insert(mongo, "persons", persons);
        insert(mongo, "accounts", accounts);
        insert(mongo, "memberships", memberships);
        return chats;
    }

    private static Document unit(String id, String name, UnitKind kind, String parent, List<String> ancestors,
            Date now) {
        return new Document("_id", id).append("name", name).append("kind", kind.name()).append("parent", parent)
                .append("ancestors", ancestors).append("origin", "bench:" + id).append("createdAt", now);
    }

    /** Writes {@code docs} into {@code collection} in batches of 5,000. */
    public static void insert(MongoTemplate mongo, String collection, List<Document> docs) {
        MongoCollection<Document> target = mongo.getCollection(collection);
        for (int from = 0; from < docs.size(); from += 5_000) {
            target.insertMany(docs.subList(from, Math.min(docs.size(), from + 5_000)));
        }
    }
}
