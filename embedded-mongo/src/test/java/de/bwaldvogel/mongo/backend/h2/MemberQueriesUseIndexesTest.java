package de.bwaldvogel.mongo.backend.h2;

import static de.bwaldvogel.mongo.backend.h2.ShapeCheck.find;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The queries the app makes on its people, organisation, meetings and comments (their shapes as
 * Spring Data sends them, on the indexes the stores declare) read only their matches, and return what
 * the reference returns: the stock backend's full scan, and a real MongoDB where Docker exists.
 */
@ParameterizedClass
@EnumSource(Reference.class)
class MemberQueriesUseIndexesTest {
    private static final Map<Reference, TwoServers> FIXTURES = new EnumMap<>(Reference.class);

    @Parameter
    Reference reference;
    private TwoServers servers;

    private static final int PERSONS = 2_000;
    private static final int BRANCHES = 200;

    @BeforeEach
    void onTheFixture() {
        servers = FIXTURES.computeIfAbsent(reference, on -> aProvinceInMiniature(new TwoServers(on)));
    }

    private static TwoServers aProvinceInMiniature(TwoServers servers) {
        servers.createIndex("memberships", Indexes.ascending("person"));
        servers.createIndex("memberships", Indexes.ascending("branch", "status", "joinedAt"));
        servers.insert("memberships", IntStream.range(0, PERSONS).boxed().flatMap(i -> {
            List<Document> held = new ArrayList<>();
            held.add(membership(i, i % BRANCHES));
            if (i % 5 == 0) {
                held.add(membership(i, (i + 7) % BRANCHES));
            }
            return held.stream();
        }).toList());

        servers.createIndex("accounts", Indexes.ascending("person"));
        servers.insert("accounts", IntStream.range(0, PERSONS * 3 / 2).mapToObj(i -> new Document("_id", "telegram:" + i)
                .append("person", "p" + i % PERSONS).append("linkedAt", new Date(1_000_000L - i))).toList());

        servers.createIndex("units", Indexes.ascending("origin"), new IndexOptions().unique(true));
        servers.createIndex("units", Indexes.ascending("ancestors", "kind"));
        servers.createIndex("units", Indexes.ascending("parent"));
        servers.insert("units", units());

        servers.createIndex("meetings", Indexes.ascending("branch", "start"));
        servers.createIndex("meetings", Indexes.ascending("countsDueAt"), new IndexOptions().sparse(true));
        servers.insert("meetings", IntStream.range(0, BRANCHES * 10).mapToObj(i -> {
            Document meeting = new Document("_id", "m" + i).append("branch", "b" + i % BRANCHES)
                    .append("start", day(i / BRANCHES * 7));
            return i % 50 == 0 ? meeting.append("countsDueAt", day(i % 3)) : meeting;
        }).toList());

        servers.createIndex("posts", Indexes.ascending("branches"));
        servers.createIndex("posts", Indexes.ascending("poster"));
        servers.insert("posts", IntStream.range(1, 500).mapToObj(i -> new Document("_id", (long) i)
                .append("branches", IntStream.range(0, 1 + i % 4).mapToObj(j -> "b" + (i + j * 13) % BRANCHES).toList())
                .append("poster", "p" + i % 50)).toList());

        servers.createIndex("comments", Indexes.ascending("post"));
        servers.insert("comments", IntStream.range(0, 3_000).mapToObj(i -> new Document("_id", i / 30 + ":" + i % 30)
                .append("post", (long) i / 30).append("number", i % 30).append("withdrawn", i % 11 == 0)).toList());
        return servers;
    }

    private static Document membership(int person, int branch) {
        return new Document("_id", "p" + person + "|b" + branch).append("person", "p" + person)
                .append("branch", "b" + branch).append("role", person % 16 == 0 ? "SECRETARY" : "MEMBER")
                .append("status", person % 7 == 0 ? "LEFT" : "ACTIVE").append("joinedAt", day(person % 365));
    }

    /** A province, 20 districts, 10 branches each; one older root without a parent field. */
    private static List<Document> units() {
        List<Document> units = new ArrayList<>();
        units.add(new Document("_id", "u0").append("kind", "TINH_DOAN").append("parent", null)
                .append("ancestors", List.of()).append("origin", "o0").append("createdAt", day(1)));
        units.add(new Document("_id", "old").append("kind", "TINH_DOAN").append("ancestors", List.of())
                .append("origin", "old").append("createdAt", day(0)));
        for (int d = 1; d <= 20; d++) {
            units.add(new Document("_id", "d" + d).append("kind", "QUAN_DOAN").append("parent", "u0")
                    .append("ancestors", List.of("u0")).append("origin", "od" + d).append("name", "District " + d)
                    .append("createdAt", day(2)));
            for (int b = 0; b < 10; b++) {
                units.add(new Document("_id", "b" + (d * 10 + b)).append("kind", b == 9 ? "DOAN_CO_SO" : "CHI_DOAN")
                        .append("parent", "d" + d).append("ancestors", List.of("u0", "d" + d))
                        .append("origin", "ob" + d + "-" + b).append("name", "Branch " + (9 - b)).append("createdAt", day(3)));
            }
        }
        return units;
    }

    private static Date day(int n) {
        return new Date(1_767_225_600_000L + n * 86_400_000L);
    }

    private static List<String> branches(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "b" + i).toList();
    }

    @AfterAll
    static void close() {
        FIXTURES.values().forEach(TwoServers::close);
        FIXTURES.clear();
    }

    @Test
    void theRosterOfASliceOfBranchesReadsTheirActiveMembersOnly() {
        find(servers, "memberships", new Document("branch", new Document("$in", branches(10, 50))).append("status", "ACTIVE"))
                .readsOnlyItsMatches();
        find(servers, "memberships", new Document("branch", "b3").append("status", "ACTIVE"))
                .sortedBy(Sorts.ascending("joinedAt")).readsOnlyItsMatches();
    }

    @Test
    void aPersonsMembershipsAndOneMembershipByIdReadOnlyThose() {
        find(servers, "memberships", new Document("person", "p10").append("status", "ACTIVE")).readsOnlyItsMatches();
        find(servers, "memberships", new Document("_id", "p11|b11").append("status", "ACTIVE")).readsOnlyItsMatches();
        find(servers, "memberships", new Document("_id", "p14|b14").append("status", new Document("$ne", "ACTIVE")))
                .readsOnlyItsMatches();
        find(servers, "memberships", new Document("_id", "p33|b33").append("status", "ACTIVE")
                .append("role", new Document("$in", List.of("MEMBER", "BCH")))).readsOnlyItsMatches();
    }

    @Test
    void theAccountsOfThousandsOfPersonsAreLookedUpNotScanned() {
        List<String> persons = IntStream.range(0, 1_500).mapToObj(i -> "p" + i * 2 % PERSONS).distinct().toList();
        find(servers, "accounts", new Document("person", new Document("$in", persons)))
                .sortedBy(Sorts.ascending("linkedAt", "_id")).readsOnlyItsMatches();
        find(servers, "accounts", new Document("_id", new Document("$in", List.of("telegram:5", "telegram:7", "x"))))
                .readsOnlyItsMatches();
    }

    @Test
    void theBranchesUnderAUnitAndAUnitsChildrenReadOnlyThose() {
        Document branchesUnder = new Document("$or", List.of(new Document("_id", "d3"), new Document("ancestors", "d3")))
                .append("kind", "CHI_DOAN");
        // the unit itself is read by _id (it is not a branch: the _id index cannot tell)
        find(servers, "units", branchesUnder).readsExactly(9 + 1);
        find(servers, "units", new Document("parent", "d4")).sortedBy(Sorts.ascending("kind", "name")).limit(5)
                .readsExactly(10);
        find(servers, "units", new Document("origin", "ob5-2")).readsOnlyItsMatches();
    }

    @Test
    void theRootIsFoundUnderNullWhetherItsParentIsNullOrMissing() {
        List<Document> roots = find(servers, "units", new Document("parent", null))
                .sortedBy(Sorts.ascending("createdAt")).limit(1).readsExactly(2);
        assertThat(roots).extracting(root -> root.get("_id")).containsExactly("old");
    }

    @Test
    void countsOfMembersAndChildrenAreAnsweredFromIndexKeysAlone() {
        Document active = new Document("branch", new Document("$in", branches(0, 20))).append("status", "ACTIVE");
        long before = servers.examined("memberships");
        long count = servers.ours("memberships").countDocuments(active);
        assertThat(count).isEqualTo(servers.reference("memberships").countDocuments(active)).isPositive();
        assertThat(servers.examined("memberships") - before).isZero();

        before = servers.examined("units");
        assertThat(servers.ours("units").countDocuments(new Document("parent", "d7"))).isEqualTo(10);
        assertThat(servers.examined("units") - before).isZero();
    }

    @Test
    void meetingsOfBranchesInAPeriodReadOnlyThatPeriod() {
        Document period = new Document("branch", new Document("$in", branches(20, 30)))
                .append("start", new Document("$gte", day(14)).append("$lt", day(35)));
        find(servers, "meetings", period).sortedBy(Sorts.ascending("start", "_id")).readsOnlyItsMatches();
        find(servers, "meetings", new Document("branch", "b7").append("start", new Document("$lt", day(21))))
                .sortedBy(Sorts.descending("start")).limit(2).readsExactly(3);
    }

    @Test
    void meetingsWithCountsDueAreReadFromTheSparseIndex() {
        find(servers, "meetings", new Document("countsDueAt", new Document("$exists", true))).readsOnlyItsMatches();
        find(servers, "meetings", new Document("_id", "m100").append("countsDueAt", new Document("$lte", day(2))))
                .readsOnlyItsMatches();
    }

    @Test
    void postsReachingABranchAndAPostersLatestReadOnlyThose() {
        find(servers, "posts", new Document("branches", "b42")).sortedBy(Sorts.descending("_id")).readsOnlyItsMatches();
        find(servers, "posts", new Document("poster", "p7")).sortedBy(Sorts.descending("_id")).limit(1)
                .readsExactly(10);
    }

    @Test
    void theLiveCommentsOfAPostReadOnlyItsComments() {
        find(servers, "comments", new Document("post", 12L).append("withdrawn", false))
                .sortedBy(Sorts.ascending("number")).readsExactly(30);
    }
}
