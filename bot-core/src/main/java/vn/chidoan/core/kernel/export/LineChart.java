package vn.chidoan.core.kernel.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/** The drawing of {@link Charts#lines}: points joined by lines, a colour per line from a fixed palette. */
final class LineChart {
    private static final Color[] PALETTE = {new Color(0x1E, 0x88, 0xE5), new Color(0xE5, 0x39, 0x35),
            new Color(0x43, 0xA0, 0x47), new Color(0xFB, 0x8C, 0x00), new Color(0x8E, 0x24, 0xAA),
            new Color(0x00, 0x89, 0x7B), new Color(0x6D, 0x4C, 0x41), new Color(0x54, 0x6E, 0x7A)};

    private LineChart() {
    }

    static JFreeChart draw(String title, String valueAxis, List<String> categories, List<Charts.Line> lines,
            double max) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int l = 0; l < lines.size(); l++) {
            Charts.Line line = lines.get(l);
            // a series key per line keeps two units with the same name apart
            SeriesKey key = new SeriesKey(l, line.name());
            for (int c = 0; c < categories.size(); c++) {
                data.addValue(c < line.values().size() ? line.values().get(c) : null, key, categories.get(c));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, valueAxis, data, PlotOrientation.VERTICAL,
                lines.size() > 1, false, false);
        chart.setTitle(new TextTitle(title, new Font(Charts.FONT, Font.BOLD, 20)));
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Charts.FONT, Font.PLAIN, 14));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font(Charts.FONT, Font.PLAIN, 14));
        if (categories.size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setRange(0, max);
        values.setTickLabelFont(new Font(Charts.FONT, Font.PLAIN, 14));
        values.setLabelFont(new Font(Charts.FONT, Font.PLAIN, 14));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        for (int l = 0; l < lines.size(); l++) {
            renderer.setSeriesPaint(l, PALETTE[l % PALETTE.length]);
            renderer.setSeriesStroke(l, new BasicStroke(3f));
            renderer.setSeriesShapesVisible(l, true);
        }
        return chart;
    }

    /** A line's legend entry, shown as its name; its position keeps equal names distinct. */
    private record SeriesKey(int position, String name) implements Comparable<SeriesKey> {
        @Override
        public int compareTo(SeriesKey other) {
            return Integer.compare(position, other.position);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
