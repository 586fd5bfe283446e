package vn.chidoan.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.chidoan.core.kernel.chat.Button;

/** Contract button rows as a Telegram inline keyboard: data buttons call back, link buttons open a URL. */
final class Keyboards {
    private Keyboards() {
    }

    static InlineKeyboardMarkup inline(List<List<Button>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        return InlineKeyboardMarkup.builder()
                .keyboard(rows.stream().filter(row -> !row.isEmpty()).map(Keyboards::row).toList())
                .build();
    }

    private static InlineKeyboardRow row(List<Button> buttons) {
        return new InlineKeyboardRow(buttons.stream().map(Keyboards::button).toList());
    }

    private static InlineKeyboardButton button(Button button) {
        InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> builder = InlineKeyboardButton.builder()
                .text(button.label());
        return button.data() != null ? builder.callbackData(button.data()).build()
                : builder.url(button.url()).build();
    }
}
