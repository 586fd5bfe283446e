package vn.chidoan.core.features.report;

import java.util.Map;
import vn.chidoan.core.kernel.text.Texts;

/**
 * The words of a report in the asker's language: a figure's label ({@code activity.<key>}), a topic's sheet
 * name ({@code report.sheet.<topic>}); a figure a newer feature added before its label falls back to its key.
 */
record Labels(Texts texts, String lang) {

    String figure(String key) {
        return plainOr("activity." + key, key);
    }

    String sheet(String topic) {
        return plainOr("report.sheet." + topic, topic);
    }

    String text(String key) {
        return texts.plain(key, lang);
    }

    String text(String key, Map<String, ?> model) {
        return texts.plain(key, lang, model);
    }

    private String plainOr(String key, String fallback) {
        return texts.exists(key, lang) ? texts.plain(key, lang) : fallback;
    }
}
