package vn.chidoan.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;
import vn.chidoan.core.org.unit.UnitKind;

/**
 * A small province for training, made through the core's public services so it is real data: a Tỉnh
 * đoàn, its Huyện đoàn, Đoàn cơ sở and chi đoàn, an officer persona for each unit above the branches,
 * and per branch a linked group chat with its members (a secretary, two BCH, the rest members).
 * Every step is keyed (unit origins, persona and group ids), so a start that finds it, or finishes an
 * interrupted one, creates nothing twice.
 */
final class DemoDataset {
    private static final Logger log = LoggerFactory.getLogger(DemoDataset.class);
    private static final String ORIGIN = "sandbox-demo:";
    private static final String DONE = "demo-done";
    private static final int BCH_PER_BRANCH = 2;

    private final Dataset.Demo demo;
    private final SandboxStores stores;
    private final Organisation org;
    private final Members members;
    private DemoNames names;
    private int officers;
    private int branches;

    DemoDataset(Dataset.Demo demo, SandboxStores stores, Organisation org, Members members) {
        this.demo = demo;
        this.stores = stores;
        this.org = org;
        this.members = members;
    }

    /** Whether the province was created, at a start or from the page. */
    boolean there() {
        return stores.counters().current(DONE) > 0;
    }

    /** Creates the province unless it is there already; true if it was created now. */
    synchronized boolean ensure() {
        if (there()) {
            log.info("Sandbox demo dataset: already there");
            return false;
        }
        names = new DemoNames(demo.names());
        officers = 0;
        branches = 0;
        Unit province = org.create(demo.province(), UnitKind.TINH_DOAN, null, ORIGIN + "province");
        officer(province);
        for (int d = 0; d < demo.districts().size(); d++) {
            Dataset.District district = demo.districts().get(d);
            Unit huyen = org.create(district.name(), UnitKind.HUYEN_DOAN, province, ORIGIN + "d" + d);
            officer(huyen);
            for (int g = 0; g < district.grassroots().size(); g++) {
                Dataset.Grassroots grassroots = district.grassroots().get(g);
                Unit coSo = org.create(grassroots.name(), UnitKind.DOAN_CO_SO, huyen, ORIGIN + "d" + d + ".g" + g);
                officer(coSo);
                for (int b = 0; b < grassroots.branches().size(); b++) {
                    branch(org.create(grassroots.branches().get(b), UnitKind.CHI_DOAN, coSo,
                            ORIGIN + "d" + d + ".g" + g + ".b" + b));
                }
            }
        }
        stores.counters().next(DONE);
        log.info("Sandbox demo dataset: created {} with {} branches, {} officers and {} members", demo.province(),
                branches, officers, branches * demo.membersPerBranch());
        return true;
    }

    private void officer(Unit unit) {
        officers++;
        org.appoint(register("d-cb" + officers), unit.id());
    }

    private void branch(Unit branch) {
        branches++;
        List<String> personas = new ArrayList<>();
        PersonId secretary = null;
        for (int i = 1; i <= demo.membersPerBranch(); i++) {
            String id = "d-" + branches + "-" + (i < 10 ? "0" : "") + i;
            PersonId person = register(id);
            Role role = i == 1 ? Role.SECRETARY : i <= 1 + BCH_PER_BRANCH ? Role.BCH : Role.MEMBER;
            members.join(person, branch.id(), role);
            secretary = i == 1 ? person : secretary;
            personas.add(id);
        }
        String group = "g-d" + branches;
        stores.groups().ensure(group, branch.name(), personas);
        org.link(new ChatRef(Platform.SANDBOX, group), branch.id(), secretary);
    }

    /** The persona under its fixed id (named from the seeded sequence the first time), registered with consent. */
    private PersonId register(String id) {
        Persona persona = stores.personas().ensure(id, names.next());
        return members.register(persona.speaker()).id();
    }
}
