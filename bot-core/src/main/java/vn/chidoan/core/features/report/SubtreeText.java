package vn.chidoan.core.features.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * The text of an officer's report: the subtree's totals, a line per sub-unit, the branches that need
 * attention (at most {@value #NAMED} named per reason, the rest counted; all of them are in the file) and
 * the first {@value #TOP} of the ranking with the weights it used.
 */
@Component
class SubtreeText {
    static final int NAMED = 5;
    static final int TOP = 5;

    RichText render(String name, ReportPeriod period, Totals all, int branches, Map<String, Totals> perUnit,
            List<Standing> standings, ReportSettings settings, Replies replies) {
        Map<String, Object> model = FigureModel.of(all);
        model.putAll(period.model());
        model.put("name", name);
        model.put("branches", branches);
        model.put("units", units(perUnit, standings));
        model.put("attention", attention(standings, replies));
        model.put("calm", standings.stream().allMatch(s -> s.attention().isEmpty()));
        model.put("ranking", standings.stream().limit(TOP).map(SubtreeText::ranked).toList());
        model.put("weights", weights(settings, replies));
        model.put("threshold", settings.threshold());
        return replies.render("report.subtree.summary", model);
    }

    private static List<Map<String, Object>> units(Map<String, Totals> perUnit, List<Standing> standings) {
        List<Map<String, Object>> lines = new ArrayList<>();
        perUnit.forEach((unit, totals) -> {
            Map<String, Object> line = FigureModel.of(totals);
            line.put("name", unit);
            line.put("branches", standings.stream().filter(s -> s.subUnit().equals(unit)).count());
            lines.add(line);
        });
        return lines;
    }

    private static List<Map<String, Object>> attention(List<Standing> standings, Replies replies) {
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (String reason : Standing.REASONS) {
            List<String> names = standings.stream().filter(s -> s.attention().contains(reason)).map(Standing::name)
                    .sorted().toList();
            if (names.isEmpty()) {
                continue;
            }
            Map<String, Object> line = new HashMap<>();
            line.put("label", replies.label("report.reason." + reason));
            line.put("count", names.size());
            line.put("names", String.join(", ", names.subList(0, Math.min(NAMED, names.size()))));
            if (names.size() > NAMED) {
                line.put("more", names.size() - NAMED);
            }
            reasons.add(line);
        }
        return reasons;
    }

    private static Map<String, Object> ranked(Standing standing) {
        Map<String, Object> line = new HashMap<>();
        line.put("rank", standing.rank());
        line.put("name", standing.name());
        line.put("unit", standing.subUnit());
        line.put("score", standing.roundedScore());
        return line;
    }

    static String weights(ReportSettings settings, Replies replies) {
        List<String> parts = new ArrayList<>();
        ReportSettings.CRITERIA.forEach(c -> parts.add(replies.label("report.criterion." + c) + " "
                + settings.weight(c)));
        return String.join(" · ", parts);
    }
}
