package vn.chidoan.core.kernel.pipeline;

import java.util.Locale;
import vn.chidoan.core.kernel.chat.Role;

/** Template keys that name a role and refuse a caller below it. */
public final class Roles {
    private Roles() {
    }

    /** The role's name in the caller's language ({@code pipeline.role.<role>}). */
    public static String label(Replies replies, Role role) {
        return replies.label("pipeline.role." + code(role));
    }

    public static String refusalKey(Role needed) {
        return "pipeline.refused." + code(needed);
    }

    public static String buttonRefusalKey(Role needed) {
        return "pipeline.button_refused." + code(needed);
    }

    static String code(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
