package vn.chidoan.core.features.notice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notice settings ({@code chidoan.notices.*}).
 *
 * @param progressInterval how often the senders' progress messages are brought up to date (5 s)
 */
@ConfigurationProperties("chidoan.notices")
public record NoticeProperties(Duration progressInterval) {

    public NoticeProperties {
        progressInterval = progressInterval == null ? Duration.ofSeconds(5) : progressInterval;
    }
}
