package vn.chidoan.core.features.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's criteria for ranking its branches ("chi đoàn vững mạnh"): a weight per criterion, the
 * attendance under which a branch needs attention, and the layout of its quarterly report upward.
 *
 * @param weights   criterion → weight (whole numbers, any sum; a criterion of weight 0 does not count)
 * @param threshold attendance in percent under which a branch is named as needing attention
 * @param layout    the name of the upward report's layout ({@code report.layout.<name>})
 */
record ReportSettings(Map<String, Integer> weights, int threshold, String layout) {
    /** Meetings held (months with one), attendance, fees, activities (registrations, polls, comments), notices. */
    static final List<String> CRITERIA = List.of("hop", "thamgia", "doanphi", "hoatdong", "thongbao");
    static final List<String> LAYOUTS = List.of("tomtat", "daydu");
    static final ReportSettings DEFAULTS = new ReportSettings(defaultWeights(), 50, "tomtat");

    ReportSettings {
        weights = Map.copyOf(weights);
    }

    int weight(String criterion) {
        return weights.getOrDefault(criterion, 0);
    }

    ReportSettings withWeight(String criterion, int weight) {
        Map<String, Integer> changed = new LinkedHashMap<>(weights);
        changed.put(criterion, weight);
        return new ReportSettings(changed, threshold, layout);
    }

    ReportSettings withThreshold(int percent) {
        return new ReportSettings(weights, percent, layout);
    }

    ReportSettings withLayout(String name) {
        return new ReportSettings(weights, threshold, name);
    }

    private static Map<String, Integer> defaultWeights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("hop", 30);
        weights.put("thamgia", 30);
        weights.put("doanphi", 20);
        weights.put("hoatdong", 10);
        weights.put("thongbao", 10);
        return weights;
    }
}
