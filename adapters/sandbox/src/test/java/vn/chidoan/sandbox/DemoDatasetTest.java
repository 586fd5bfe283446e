package vn.chidoan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.unit.Unit;
import vn.chidoan.core.testing.Database;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class DemoDatasetTest {
    @Parameter
    Database db;

    private SandboxFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SandboxFixture(db.freshTemplate());
    }

    private DemoDataset demo() {
        return new DemoDataset(Dataset.load().demo(), fixture.stores, fixture.org, fixture.members);
    }

    @Test
    void aProvinceWithTwoDistrictsThreeGrassrootsAndSixLinkedBranchesOfTenMembers() {
        assertThat(demo().ensure()).isTrue();

        Unit province = fixture.org.root().orElseThrow();
        assertThat(province.name()).isEqualTo("Tỉnh đoàn An Hòa");
        List<UnitId> branches = fixture.org.branchesWithin(province.id());
        assertThat(branches).hasSize(6);
        assertThat(fixture.mongo.count(new Query(), "units")).isEqualTo(12);
        for (int k = 1; k <= 6; k++) {
            ChatRef group = new ChatRef(Platform.SANDBOX, "g-d" + k);
            UnitId branch = fixture.org.branchOfChat(group).orElseThrow();
            Map<Role, Long> roles = fixture.members.roster(branch).stream()
                    .collect(Collectors.groupingBy(e -> e.role(), Collectors.counting()));
            assertThat(roles).containsEntry(Role.SECRETARY, 1L).containsEntry(Role.BCH, 2L).containsEntry(Role.MEMBER, 7L);
            assertThat(fixture.stores.groups().byId("g-d" + k).orElseThrow().members()).hasSize(10);
        }
        assertThat(fixture.members.countActive(branches)).isEqualTo(60);
    }

    @Test
    void everyUnitAboveTheBranchesHasAnOfficerPersonaAndEveryoneHasARealisticUniqueName() {
        demo().ensure();

        List<SandboxView.Person> people = fixture.sandbox.personas();
        assertThat(people).hasSize(66);
        assertThat(people.stream().filter(p -> p.roles().stream().anyMatch(r -> r.role().equals("OFFICER"))))
                .hasSize(6);
        assertThat(people).extracting(SandboxView.Person::name).doesNotHaveDuplicates()
                .allMatch(name -> name.split(" ").length == 3, "surname, middle and given name");
        assertThat(people.get(0).roles()).containsExactly(new SandboxView.Role("OFFICER", "Tỉnh đoàn An Hòa"));
    }

    @Test
    void aTraineeCreatesItFromThePageOnceAndThePageThenKnowsItIsThere() {
        assertThat(fixture.sandbox.demoThere()).isFalse();

        fixture.sandbox.createDemo();
        fixture.sandbox.createDemo();

        assertThat(fixture.sandbox.demoThere()).isTrue();
        assertThat(fixture.stores.personas().all()).hasSize(66);
        assertThat(fixture.mongo.count(new Query(), "units")).isEqualTo(12);
    }

    @Test
    void aSecondStartFindsItAndCreatesNothing() {
        demo().ensure();
        long persons = fixture.mongo.count(new Query(), "persons");

        assertThat(demo().ensure()).isFalse();

        assertThat(fixture.mongo.count(new Query(), "units")).isEqualTo(12);
        assertThat(fixture.mongo.count(new Query(), "persons")).isEqualTo(persons);
        assertThat(fixture.stores.personas().all()).hasSize(66);
    }

    @Test
    void aStartInterruptedBeforeTheEndIsFinishedWithoutDuplicates() {
        demo().ensure();
        fixture.mongo.remove(Query.query(Criteria.where("_id").is("demo-done")), Counters.COLLECTION);
        List<String> namesBefore = fixture.stores.personas().all().stream().map(Persona::name).toList();

        assertThat(demo().ensure()).isTrue();

        assertThat(fixture.mongo.count(new Query(), "units")).isEqualTo(12);
        assertThat(fixture.mongo.count(new Query(), "persons")).isEqualTo(66);
        assertThat(fixture.mongo.count(new Query(), "memberships")).isEqualTo(60);
        assertThat(fixture.stores.personas().all()).extracting(Persona::name).isEqualTo(namesBefore);
    }
}
