package vn.chidoan.sandbox;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The sandbox's phone camera: on a real platform a member scans the check-in QR code with their phone
 * and lands in their private chat with {@code /start <payload>}; on the page there is no camera, so a
 * photo is read here once, when it is stored, and a QR code holding one of the sandbox's own start
 * links ({@link SandboxDeepLinks}) makes the photo clickable. Anything else (no code, another address)
 * gives nothing, so the page never links anywhere a photo says.
 */
final class QrScan {
    private static final Pattern START_LINK = Pattern.compile(Pattern.quote(SandboxDeepLinks.PREFIX) + "[A-Za-z0-9_%-]{1,200}");
    /** Photos larger than this (in pixels) are not codes the bot made, and not worth the time. */
    private static final long MAX_PIXELS = 4_000_000;

    private QrScan() {
    }

    static Optional<String> startLink(byte[] image) {
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
            if (read == null || (long) read.getWidth() * read.getHeight() > MAX_PIXELS) {
                return Optional.empty();
            }
            int[] pixels = read.getRGB(0, 0, read.getWidth(), read.getHeight(), null, 0, read.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(read.getWidth(), read.getHeight(), pixels)));
            String text = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
            return START_LINK.matcher(text).matches() ? Optional.of(text) : Optional.empty();
        } catch (IOException | RuntimeException | NotFoundException | ChecksumException | FormatException unreadable) {
            return Optional.empty();
        }
    }
}
