package vn.chidoan.core.kernel.chat;

/** A unit of the organisation tree: a province, district, grassroots union or branch (chi đoàn). */
public record UnitId(String value) {
}
