package vn.chidoan.core.kernel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;

class ChartsTest {
    private static final int BAR_RGB = 0x1E88E5;

    @Test
    void drawsAPngPhotoWhoseHeightGrowsWithTheBars() throws IOException {
        Charts.Chart two = Charts.bars("binh-chon-1", "Đi đâu dã ngoại?", "Số phiếu",
                List.of(new Charts.Bar("Huế", 3), new Charts.Bar("Đà Nẵng", 1)));
        Charts.Chart four = Charts.bars("binh-chon-2", "Màu áo?", "Số phiếu", List.of(new Charts.Bar("Xanh", 1),
                new Charts.Bar("Đỏ", 2), new Charts.Bar("Vàng", 0), new Charts.Bar("Trắng", 5)));

        BufferedImage small = image(two.png());
        BufferedImage tall = image(four.png());
        assertThat(small.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(small.getHeight()).isEqualTo(Charts.FRAME_HEIGHT + 2 * Charts.ROW_HEIGHT);
        assertThat(tall.getHeight()).isEqualTo(Charts.FRAME_HEIGHT + 4 * Charts.ROW_HEIGHT);
        Attachment photo = two.toAttachment();
        assertThat(photo.kind()).isEqualTo(Attachment.Kind.PHOTO);
        assertThat(photo.fileName()).isEqualTo("binh-chon-1.png");
        assertThat(photo.mimeType()).isEqualTo("image/png");
    }

    @Test
    void eachBarIsAsLongAsItsValueAllows() throws IOException {
        BufferedImage chart = image(Charts.bars("c", "Kết quả", "Số phiếu", List.of(new Charts.Bar("Ba", 3),
                new Charts.Bar("Sáu", 6), new Charts.Bar("Không", 0))).png());

        List<Integer> lengths = barLengths(chart);

        assertThat(lengths).as("two bars drawn, the empty one not").hasSize(2);
        assertThat((double) lengths.get(1) / lengths.get(0)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new Charts.Bar("Âm", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage image(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The length in pixels of each run of bar colour met going down the image, top bar first. */
    private static List<Integer> barLengths(BufferedImage image) {
        java.util.ArrayList<Integer> lengths = new java.util.ArrayList<>();
        boolean inBar = false;
        for (int y = 0; y < image.getHeight(); y++) {
            int length = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == BAR_RGB) {
                    length++;
                }
            }
            if (length > 0 && !inBar) {
                lengths.add(length);
            }
            inBar = length > 0;
        }
        return lengths;
    }
}
