package vn.chidoan.core.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.text.Texts;

/**
 * The real template renderer, remembering every template it rendered with its language and model, so
 * tests can say which reply was given ({@code org.code.used}) and read values out of it (the code).
 */
public final class RecordingTexts extends Texts {

    public record Rendered(String key, String lang, Map<String, ?> model) {
    }

    private final List<Rendered> rendered = new CopyOnWriteArrayList<>();

    @Override
    public RichText render(String key, String lang, Map<String, ?> model) {
        rendered.add(new Rendered(key, lang, Map.copyOf(model)));
        return super.render(key, lang, model);
    }

    public List<Rendered> rendered() {
        return List.copyOf(rendered);
    }

    int count() {
        return rendered.size();
    }

    List<Rendered> since(int index) {
        return List.copyOf(rendered.subList(index, rendered.size()));
    }

    void clear() {
        rendered.clear();
    }
}
