package vn.chidoan.sandbox;

import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.text.CleanText;

/** A simulated person: an account {@code sandbox:<id>} with the profile name the page shows. */
public record Persona(String id, String name) {
    /** The configured admin of the sandbox's own organisation. */
    public static final String ADMIN_ID = "admin";
    public static final UserRef ADMIN = new UserRef(Platform.SANDBOX, ADMIN_ID);

    public UserRef ref() {
        return new UserRef(Platform.SANDBOX, id);
    }

    /** Who speaks, the profile name cleaned as every adapter cleans it ({@link CleanText#profileName}). */
    Speaker speaker() {
        return new Speaker(ref(), CleanText.profileName(name), null, "vi");
    }
}
