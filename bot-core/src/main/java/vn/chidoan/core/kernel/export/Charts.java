package vn.chidoan.core.kernel.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.chidoan.core.kernel.chat.Attachment;

/**
 * Chart images the bot sends (PNG, drawn with JFreeChart): for now horizontal bars, one per label with
 * its value written at its end, which read well on a phone however long a Vietnamese label is. The
 * caller renders the title and labels from templates, as with {@link Spreadsheet}. Text is drawn in a
 * font that has Vietnamese letters (DejaVu Sans where installed, else Java's sans-serif).
 */
public final class Charts {
    public static final String MIME_TYPE = "image/png";
    static final int WIDTH = 800;
    static final int ROW_HEIGHT = 56;
    static final int FRAME_HEIGHT = 150;
    private static final String FONT = font();
    private static final Color BAR = new Color(0x1E, 0x88, 0xE5);

    private Charts() {
    }

    /** One bar: what it counts and how many. */
    public record Bar(String label, long value) {
        public Bar {
            if (value < 0) {
                throw new IllegalArgumentException("a bar counts from zero: " + label + " " + value);
            }
        }
    }

    /** A chart ready to send: its file name and PNG bytes. */
    public record Chart(String fileName, byte[] png) {
        /** The chart as a photo to send. */
        public Attachment toAttachment() {
            return Attachment.generated(Attachment.Kind.PHOTO, fileName, MIME_TYPE, png);
        }
    }

    /**
     * Horizontal bars, in the order given, with whole-number values; {@code valueAxis} names what the
     * values count ("Số phiếu"). The image is {@value #WIDTH} pixels wide and grows with the bars.
     */
    public static Chart bars(String fileName, String title, String valueAxis, List<Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < bars.size(); i++) {
            // a row key per bar keeps two bars with the same label apart
            data.addValue(bars.get(i).value(), "", new Label(i, bars.get(i).label()));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, data, PlotOrientation.HORIZONTAL,
                false, false, false);
        chart.setTitle(new TextTitle(title, new Font(FONT, Font.BOLD, 20)));
        chart.setBackgroundPaint(Color.WHITE);
        style(chart.getCategoryPlot(), bars);
        String name = fileName.endsWith(".png") ? fileName : fileName + ".png";
        return new Chart(name, png(chart, WIDTH, FRAME_HEIGHT + ROW_HEIGHT * Math.max(1, bars.size())));
    }

    private static void style(CategoryPlot plot, List<Bar> bars) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        CategoryAxis labels = plot.getDomainAxis();
        labels.setTickLabelFont(new Font(FONT, Font.PLAIN, 16));
        labels.setMaximumCategoryLabelWidthRatio(0.45f);
        labels.setMaximumCategoryLabelLines(2);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setTickLabelFont(new Font(FONT, Font.PLAIN, 14));
        values.setLabelFont(new Font(FONT, Font.PLAIN, 14));
        long most = bars.stream().mapToLong(Bar::value).max().orElse(0);
        values.setRange(0, Math.max(1, most) * 1.15); // room for the value written after the longest bar
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.6);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.BOLD, 15));
        renderer.setDefaultItemLabelsVisible(true);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the chart", e);
        }
    }

    private static String font() {
        Set<String> installed = Set.copyOf(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        return installed.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }

    /** A bar's label, shown as its text; its position keeps equal texts distinct. */
    private record Label(int position, String text) implements Comparable<Label> {
        @Override
        public int compareTo(Label other) {
            return Integer.compare(position, other.position);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
