package vn.chidoan.sandbox;

import java.util.ArrayList;
import java.util.List;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * What a persona is in the organisation right now, read through the core's public services, so the
 * picker can label them with their role and unit. A label for the page only: the pipeline decides
 * rights.
 */
final class PersonaRoles {
    private final Members members;
    private final Organisation org;

    PersonaRoles(Members members, Organisation org) {
        this.members = members;
        this.org = org;
    }

    List<SandboxView.Role> of(Persona persona) {
        List<SandboxView.Role> roles = new ArrayList<>();
        if (Persona.ADMIN_ID.equals(persona.id())) {
            roles.add(new SandboxView.Role(Role.ADMIN.name(), org.root().map(Unit::name).orElse(null)));
        }
        members.personOf(persona.ref()).ifPresent(person -> {
            org.officerUnits(person.id()).forEach(unit -> roles.add(role(Role.OFFICER, unit)));
            members.membershipsOf(person.id()).forEach(m -> roles.add(role(m.role(), m.branch())));
        });
        return roles;
    }

    private SandboxView.Role role(Role role, UnitId unit) {
        return new SandboxView.Role(role.name(), org.unit(unit).map(Unit::name).orElse(null));
    }
}
