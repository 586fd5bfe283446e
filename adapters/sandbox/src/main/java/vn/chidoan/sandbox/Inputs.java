package vn.chidoan.sandbox;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.chat.Attachment;

/** Checks on what the page sends: names, titles, text and files, refused with a code the page explains. */
final class Inputs {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern MIME = Pattern.compile("[a-z0-9.+-]+/[a-z0-9.+-]+");
    private static final Pattern PHOTO = Pattern.compile("image/(png|jpeg|gif|webp)");
    private static final int MAX_FILE_NAME = 120;

    private Inputs() {
    }

    static String name(String typed) {
        return oneLine(typed, 2, 60, "bad_name");
    }

    static String title(String typed) {
        return oneLine(typed, 2, 80, "bad_title");
    }

    static String text(String typed, boolean withFile) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() && !withFile) {
            throw SandboxRefusal.bad("empty");
        }
        if (text.length() > Sandbox.MAX_TEXT) {
            throw SandboxRefusal.bad("too_long");
        }
        return text;
    }

    static String kindOf(Sandbox.Upload upload) {
        return (PHOTO.matcher(mime(upload)).matches() ? Attachment.Kind.PHOTO : Attachment.Kind.DOCUMENT).name();
    }

    static String mime(Sandbox.Upload upload) {
        String mime = upload.mime() == null ? "" : upload.mime().strip().toLowerCase(Locale.ROOT);
        return MIME.matcher(mime).matches() ? mime : "application/octet-stream";
    }

    static String fileName(Sandbox.Upload upload) {
        String name = upload.name() == null ? "" : CONTROL.matcher(upload.name()).replaceAll("");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return "file";
        }
        return name.length() <= MAX_FILE_NAME ? name : name.substring(name.length() - MAX_FILE_NAME);
    }

    static byte[] bytes(Sandbox.Upload upload) {
        if (upload.data() == null || upload.data().length == 0) {
            throw SandboxRefusal.bad("empty_file");
        }
        if (upload.data().length > Sandbox.MAX_FILE_BYTES) {
            throw SandboxRefusal.bad("too_big");
        }
        return upload.data();
    }

    private static String oneLine(String typed, int min, int max, String refusal) {
        String value = typed == null ? "" : CONTROL.matcher(typed).replaceAll(" ").strip().replaceAll("\\s+", " ");
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw SandboxRefusal.bad(refusal);
        }
        return value;
    }
}
