package vn.chidoan.sandbox;

import java.time.Instant;
import java.util.List;

/** What the page is shown: plain records, serialised to JSON by the web layer. */
public final class SandboxView {
    private SandboxView() {
    }

    /** A persona and what they are in the organisation right now ({@code roles}, for the picker's labels). */
    public record Person(String id, String name, List<Role> roles) {
    }

    /** {@code role} is the core's role name (ADMIN, OFFICER, SECRETARY, BCH, MEMBER); {@code unit} a unit's name. */
    public record Role(String role, String unit) {
    }

    /** A chat of a persona: their private chat with the bot, or a group ({@code title}, {@code members}). */
    public record Chat(String id, String kind, String title, List<String> members, long lastRev) {
    }

    /**
     * One message, or a toast for the person who pressed a button ({@code toastFor}, {@code toast}). A bot
     * message has {@code markup} (neutral rich text) and buttons; a person's has plain {@code text}. An edit
     * comes again with the same {@code id}, a higher {@code rev} and {@code edited}, and keeps its place in
     * the chat, {@code order} (the order things were said in). {@code notForBot}: said in a group and not
     * handed to the bot, as Telegram's privacy mode would not.
     */
    public record Message(String id, long rev, long order, String from, String fromName, String text,
            String markup, List<List<Button>> buttons, File file, String replyTo, boolean edited, String toastFor,
            String toast, boolean notForBot, Instant at) {
    }

    /** A button under a bot message: a request ({@code data}) or a link ({@code url}). */
    public record Button(String label, String data, String url) {
    }

    /**
     * A file or photo; its bytes are fetched separately by {@code id}. {@code link}: for a photo of a QR
     * code that holds one of the sandbox's start links (the check-in code), that link, so the page can
     * follow it when the photo is clicked, as a phone's camera would on a real platform; else null.
     */
    public record File(String id, String kind, String name, String mime, long size, String link) {
    }

    /** A file's bytes, for download. */
    public record Download(File file, byte[] data) {
    }
}
