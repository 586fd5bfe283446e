package vn.chidoan.core.kernel.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.OpaqueTokens;
import vn.chidoan.core.testing.FakeDeepLinks;

/**
 * Every check-in code the bot draws is read back as it was written, whatever its random token. The
 * decoder is told the image is a drawn code (ZXing's PURE_BARCODE): its camera-frame search misses
 * about one drawn code in three hundred at this module size, which made a check-in test and the
 * sandbox's scan fail at random.
 */
class QrCodeTest {

    @Test
    void everyRandomCheckInLinkIsReadBackAsItWasWritten() throws Exception {
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String link = FakeDeepLinks.PREFIX + "dd_" + OpaqueTokens.next(16);
            var image = ImageIO.read(new ByteArrayInputStream(QrCode.png(link)));
            assertThat(image.getWidth()).isEqualTo(QrCode.SIZE);
            try {
                String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
                assertThat(read).isEqualTo(link);
            } catch (NotFoundException | ChecksumException | FormatException e) {
                unreadable.add(link);
            }
        }
        assertThat(unreadable).as("codes that do not read back").isEmpty();
    }
}
