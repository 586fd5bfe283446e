package vn.chidoan.sandbox.web;

/** The JSON bodies the page posts. */
final class Forms {
    private Forms() {
    }

    record Name(String name) {
    }

    record Title(String title) {
    }

    record Invite(String persona) {
    }

    /** {@code data} is the file's bytes in base64. */
    record Upload(String name, String type, String data) {
    }

    record Say(String text, String replyTo, Upload file) {
    }

    record Press(String messageId, String data) {
    }

    /** The bot's settings the page can change: Telegram's privacy mode in groups. */
    record Settings(boolean privacyMode) {
    }

    /** What the page shows beside the chats: the bot's settings, and whether the demo province is there. */
    record State(boolean privacyMode, boolean demo) {
    }

    record Refusal(String error) {
    }
}
