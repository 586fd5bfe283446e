package vn.chidoan.core.org.member;

import java.util.Map;
import vn.chidoan.core.kernel.chat.BadInput;

/**
 * A code that cannot be redeemed (unknown, used, expired, revoked): answered like any bad input, and
 * counted against the account that typed it ({@link CodeAttempts}), so codes cannot be guessed.
 */
public class WrongCode extends BadInput {
    public WrongCode(String templateKey, Map<String, Object> model) {
        super(templateKey, model);
    }
}
