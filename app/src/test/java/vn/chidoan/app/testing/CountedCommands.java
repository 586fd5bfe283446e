package vn.chidoan.app.testing;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.bson.BsonValue;

/**
 * Every command the app's database client sends, with the thread that sent it ("insert outbox" on
 * {@code inbound-lane-3}): a test counts the round trips one piece of work costs, a benchmark prints
 * them per update. The app's client takes every {@link CommandListener} bean.
 */
public final class CountedCommands implements CommandListener {
    /** One command: its name, the collection it names, the thread that sent it. */
    public record Sent(String command, String collection, String thread) {
        @Override
        public String toString() {
            return command + " " + collection;
        }
    }

    private final List<Sent> sent = new ArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        BsonValue target = event.getCommand().get(name);
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        // interned: a benchmark keeps hundreds of thousands of these, each name a fresh copy otherwise
        Sent command = new Sent(name.intern(), collection.intern(), Thread.currentThread().getName());
        synchronized (sent) {
            sent.add(command);
        }
    }

    /** How many commands were sent so far: a mark to count from. */
    public int mark() {
        synchronized (sent) {
            return sent.size();
        }
    }

    /** The commands sent since {@code mark} by threads whose name the predicate accepts, in order. */
    public List<Sent> since(int mark, Predicate<String> thread) {
        synchronized (sent) {
            return new ArrayList<>(sent.subList(mark, sent.size()).stream().filter(c -> thread.test(c.thread()))
                    .toList());
        }
    }

    /** The same, counted by command and collection ("find chat_reachability" = 2). */
    public Map<String, Integer> countedSince(int mark, Predicate<String> thread) {
        Map<String, Integer> counted = new TreeMap<>();
        since(mark, thread).forEach(c -> counted.merge(c.toString(), 1, Integer::sum));
        return counted;
    }

    /** The threads that handle inbound events: the webhook's requests and the inbound lanes. */
    public static boolean inboundThread(String thread) {
        return thread.startsWith("inbound-lane-") || thread.startsWith("http-nio-");
    }
}
