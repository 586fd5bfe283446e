package vn.chidoan.core.features.report;

import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.export.Charts;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * How a report goes out: its text and charts where it was asked, its .xlsx (which names members) in the
 * asker's private chat when asked in a group ({@code privately} not null), with a line saying so.
 */
final class Delivery {
    private Delivery() {
    }

    static void send(Replies replies, RichText text, List<Charts.Chart> charts, List<Spreadsheet> files,
            ChatRef privately) {
        replies.send(OutgoingMessage.text(text));
        for (Charts.Chart chart : charts) {
            replies.send(OutgoingMessage.text(replies.render("report.chart", Map.of("file", chart.fileName())))
                    .withAttachment(chart.toAttachment()));
        }
        for (Spreadsheet file : files) {
            OutgoingMessage message = OutgoingMessage.text(replies.render("report.file",
                    Map.of("file", file.fileName()))).withAttachment(file.toAttachment());
            if (privately == null) {
                replies.send(message);
            } else {
                replies.sendTo(privately, message);
            }
        }
        if (privately != null && !files.isEmpty()) {
            replies.say("report.sent_private");
        }
    }
}
