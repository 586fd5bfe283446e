package vn.chidoan.core.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Reads back a QR code the bot drew. The decoder is told the image is a drawn code (ZXing's
 * PURE_BARCODE): its camera-frame search misses some perfectly drawn codes at this module size (about
 * one random check-in link in three hundred, and the VietQR example every time), which is a limit of
 * that search, not of the code.
 */
public final class QrImages {
    private QrImages() {
    }

    /** The text of the QR code in this PNG; throws if there is none. */
    public static String read(byte[] png) throws IOException, com.google.zxing.ReaderException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
    }
}
