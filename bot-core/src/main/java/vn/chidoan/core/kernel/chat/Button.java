package vn.chidoan.core.kernel.chat;

/**
 * A button under a message: either a request to the bot ({@code data}, short and opaque, at most
 * 64 bytes) or a link ({@code url}, for deep links into a private chat).
 */
public record Button(String label, String data, String url) {
    public static final int MAX_DATA_BYTES = 64;

    public Button {
        if ((data == null) == (url == null)) {
            throw new IllegalArgumentException("a button has exactly one of data or url");
        }
        if (data != null && data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("button data over 64 bytes: " + data);
        }
    }

    public static Button action(String label, String data) {
        return new Button(label, data, null);
    }

    public static Button link(String label, String url) {
        return new Button(label, null, url);
    }
}
