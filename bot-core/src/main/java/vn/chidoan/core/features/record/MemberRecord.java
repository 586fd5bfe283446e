package vn.chidoan.core.features.record;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.StatusSpell;

/**
 * A member's record: the branch it belongs to (where they are, or were last), the fields the BCH keeps
 * (a field nobody set is absent), their status with its dates and where they are (a note), and their
 * honours. The name is the person's ({@link vn.chidoan.core.org.member.Person}).
 */
public record MemberRecord(PersonId person, UnitId branch, Map<Field, Object> fields, StatusSpell status,
        String statusNote, List<Mark> marks) {

    /** Members leave the roster at this age (trưởng thành Đoàn). */
    public static final int MATURING_AGE = 30;

    public MemberRecord {
        fields = fields.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fields));
        marks = List.copyOf(marks);
    }

    public Optional<Object> field(Field field) {
        return Optional.ofNullable(fields.get(field));
    }

    public Optional<LocalDate> birthDate() {
        return field(Field.BIRTH_DATE).map(LocalDate.class::cast);
    }

    public MemberStatus statusOn(LocalDate day) {
        return status.on(day);
    }

    /**
     * The day they turn {@link #MATURING_AGE}; someone born on 29 February turns it on 28 February of a
     * common year (the last day of their birth month).
     */
    public Optional<LocalDate> maturingDay() {
        return birthDate().map(born -> born.plusYears(MATURING_AGE));
    }
}
