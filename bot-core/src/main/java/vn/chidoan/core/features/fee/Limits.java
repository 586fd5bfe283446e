package vn.chidoan.core.features.fee;

/** The bounds an amount typed for fees must keep: no fee of a month is over 1.000.000 đ. */
final class Limits {
    static final long MAX_MONTHLY_FEE = 1_000_000;

    private Limits() {
    }
}
