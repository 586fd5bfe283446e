package vn.chidoan.messenger;

import com.github.messenger4j.Messenger;
import com.github.messenger4j.exception.MessengerApiException;
import com.github.messenger4j.exception.MessengerIOException;
import com.github.messenger4j.messengerprofile.MessengerSettings;
import com.github.messenger4j.messengerprofile.getstarted.StartButton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.chat.AdapterStartup;

/**
 * At start: sets the Page's "Get Started" button (a person opening an {@code m.me} link for the first
 * time presses it, and its postback carries the link's {@code ref}) and says in the log that Messenger
 * is on. A failure is logged and stops nothing.
 */
class MessengerStartup extends AdapterStartup {
    private static final Logger log = LoggerFactory.getLogger(MessengerStartup.class);

    private final MessengerProperties properties;
    private final Messenger messenger;
    private final MessengerStatus status;

    MessengerStartup(MessengerProperties properties, Messenger messenger, MessengerStatus status) {
        this.properties = properties;
        this.messenger = messenger;
        this.status = status;
    }

    @Override
    protected void startUp() {
        try {
            messenger.updateSettings(MessengerSettings.create(
                    Optional.of(StartButton.create(MessengerDecoder.GET_STARTED)), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            status.answered();
        } catch (MessengerApiException | MessengerIOException e) {
            String reason = GraphErrors.classify(e, 1).toString();
            status.failed(reason);
            log.warn("Messenger: could not set the Get Started button ({})", reason);
        }
        log.info("Messenger: on via {} for page {}", properties.apiUrl(),
                properties.pageUsername() == null ? "? (set chidoan.messenger.page-username for m.me links)"
                        : properties.pageUsername());
    }
}
