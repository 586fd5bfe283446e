package vn.chidoan.sandbox;

/**
 * A request from the page that cannot be carried out. {@code code} names the reason; the page shows
 * its own Vietnamese text for it. {@code missing} says whether something asked for does not exist (or
 * is not the persona's to see) rather than being malformed.
 */
public final class SandboxRefusal extends RuntimeException {
    private final String code;
    private final boolean missing;

    private SandboxRefusal(String code, boolean missing) {
        super(code, null, false, false);
        this.code = code;
        this.missing = missing;
    }

    static SandboxRefusal bad(String code) {
        return new SandboxRefusal(code, false);
    }

    static SandboxRefusal missing(String code) {
        return new SandboxRefusal(code, true);
    }

    public String code() {
        return code;
    }

    public boolean missing() {
        return missing;
    }
}
