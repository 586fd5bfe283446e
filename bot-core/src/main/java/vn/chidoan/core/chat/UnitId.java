package vn.chidoan.core.chat;

/** A unit of the organisation tree: a province, district, grassroots union or branch (chi đoàn). */
public record UnitId(String value) {
}
