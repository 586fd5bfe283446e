package vn.chidoan.app.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What the two webhooks receive, generated: Telegram updates and Messenger batches of messages,
 * button presses (forged or stale data), membership changes and referrals from the people and chats
 * of {@link World}; the same with fields missing or of the wrong type, bodies that are no JSON, and
 * earlier inputs sent again (duplicates; update ids are random, so updates also come out of order).
 */
final class Inputs {
    /** One webhook call: its body, or (for {@code again}) the {@code again}-th earlier call once more. */
    record Input(boolean messenger, String body, int again) {
        static Input telegram(String body) {
            return new Input(false, body, -1);
        }

        static Input messenger(String body) {
            return new Input(true, body, -1);
        }

        static Input resend(int which) {
            return new Input(false, null, which);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return again >= 0 ? "again #" + again : (messenger ? "messenger " : "telegram ") + shown;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BUTTON_PREFIXES = List.of("consent", "erase", "name", "mdel", "dlg", "gy", "mrs",
            "mci", "mmk", "series", "LK", "x", "");

    private Inputs() {
    }

    static Arbitrary<Input> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, telegramMessage().map(Input::telegram)),
                Tuple.of(3, telegramPress().map(Input::telegram)),
                Tuple.of(1, telegramMembership().map(Input::telegram)),
                Tuple.of(2, Arbitraries.oneOf(telegramMessage(), telegramPress()).flatMap(Inputs::broken)
                        .map(Input::telegram)),
                Tuple.of(6, messengerEvent().map(Input::messenger)),
                Tuple.of(2, messengerEvent().flatMap(Inputs::broken).map(Input::messenger)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200).map(Input::telegram)),
                Tuple.of(2, Arbitraries.integers().between(0, 10_000).map(Input::resend)));
    }

    /** Forged or stale button data: a real prefix with ids that may or may not exist, or anything. */
    static Arbitrary<String> buttonData() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMaxLength(12),
                Arbitraries.of("y", "n", "1", "0", "-1", "999999", "huy", "yes", "no"));
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(BUTTON_PREFIXES), part.list().ofMaxSize(3))
                        .as((prefix, parts) -> prefix + (parts.isEmpty() ? "" : ":" + String.join(":", parts))),
                Arbitraries.strings().all().ofMaxLength(64));
    }

    static Arbitrary<String> telegramMessage() {
        return Combinators.combine(updateId(), World.telegramPerson(), Arbitraries.integers().between(0, 4),
                Texts.any(), Arbitraries.integers().between(0, 9)).as((id, person, where, text, entities) -> {
                    ObjectNode update = JSON.createObjectNode().put("update_id", id);
                    ObjectNode message = update.putObject("message");
                    message.put("message_id", Math.abs(id % 100_000)).put("date", 1_760_000_000);
                    message.set("from", World.telegramFrom(person));
                    message.set("chat", World.telegramChat(person, where));
                    message.put("text", text);
                    if (text.startsWith("/") && entities < 7) {
                        int length = text.split("[ \n]", 2)[0].length();
                        message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                                .put("length", length);
                    } else if (entities == 9) {
                        message.putArray("entities").addObject().put("type", "bot_command").put("offset", entities * 100)
                                .put("length", -3);
                    }
                    return update.toString();
                });
    }

    static Arbitrary<String> telegramPress() {
        return Combinators.combine(updateId(), World.telegramPerson(), Arbitraries.integers().between(0, 4),
                buttonData()).as((id, person, where, data) -> {
                    ObjectNode update = JSON.createObjectNode().put("update_id", id);
                    ObjectNode callback = update.putObject("callback_query");
                    callback.put("id", "cb" + id).set("from", World.telegramFrom(person));
                    ObjectNode message = callback.putObject("message");
                    message.put("message_id", Math.abs(id % 5_000)).put("date", 1_760_000_000).put("text", "…");
                    message.set("chat", World.telegramChat(person, where));
                    callback.put("chat_instance", "42").put("data", data);
                    return update.toString();
                });
    }

    /** The bot added to, removed from, or promoted in a chat, or blocked and unblocked in private. */
    static Arbitrary<String> telegramMembership() {
        Arbitrary<String> status = Arbitraries.of("member", "administrator", "left", "kicked", "restricted", "creator");
        return Combinators.combine(updateId(), World.telegramPerson(), Arbitraries.integers().between(0, 4), status,
                status).as((id, person, where, before, after) -> {
                    ObjectNode update = JSON.createObjectNode().put("update_id", id);
                    ObjectNode change = update.putObject("my_chat_member");
                    change.set("chat", World.telegramChat(person, where));
                    change.set("from", World.telegramFrom(person));
                    change.put("date", 1_760_000_000);
                    change.set("old_chat_member", World.botMember(before));
                    change.set("new_chat_member", World.botMember(after));
                    return update.toString();
                });
    }

    /** One signed Page batch holding one event: a text, a quick reply, a postback, a referral or an opt-in. */
    static Arbitrary<String> messengerEvent() {
        return Combinators.combine(World.messengerPerson(), Arbitraries.integers().between(0, 6), Texts.any(),
                buttonData(), timestamp()).as((psid, kind, text, data, at) -> {
                    ObjectNode event = JSON.createObjectNode();
                    event.putObject("sender").put("id", psid);
                    event.putObject("recipient").put("id", World.PAGE_ID);
                    event.put("timestamp", at);
                    switch (kind) {
                        case 0, 1, 2 -> event.putObject("message").put("mid", "m." + at + "." + psid).put("text", text);
                        case 3 -> {
                            ObjectNode message = event.putObject("message").put("mid", "m." + at).put("text", text);
                            message.putObject("quick_reply").put("payload", data);
                        }
                        case 4 -> event.putObject("postback").put("title", text).put("payload", data);
                        case 5 -> event.putObject("referral").put("ref", data).put("source", "SHORTLINK")
                                .put("type", "OPEN_THREAD");
                        default -> event.putObject("optin").put("ref", data);
                    }
                    ObjectNode body = JSON.createObjectNode().put("object", "page");
                    ObjectNode entry = body.putArray("entry").addObject().put("id", World.PAGE_ID).put("time", at);
                    entry.putArray("messaging").add(event);
                    return body.toString();
                });
    }

    /** {@code valid} broken: a field taken out, a value of the wrong type, a truncation, or no JSON at all. */
    static Arbitrary<String> broken(String valid) {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            JsonNode tree = read(valid);
            List<ObjectNode> objects = new ArrayList<>();
            collect(tree, objects);
            ObjectNode target = objects.get(random.nextInt(objects.size()));
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty()) {
                return valid.substring(0, random.nextInt(valid.length()));
            }
            String field = names.get(random.nextInt(names.size()));
            switch (random.nextInt(7)) {
                case 0 -> target.remove(field);
                case 1 -> target.put(field, "sai kiểu");
                case 2 -> target.put(field, random.nextLong());
                case 3 -> target.putNull(field);
                case 4 -> target.putArray(field).add(1).add("hai");
                case 5 -> target.putObject(field).put("x", true);
                default -> {
                    return valid.substring(0, random.nextInt(valid.length()));
                }
            }
            return tree.toString();
        });
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        if (node instanceof ArrayNode || node instanceof ObjectNode) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collect(it.next(), objects);
            }
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Random, so updates come in any order; now and then a small one, to collide with another. Drawn
     * straight from the random source: jqwik's edge cases (the bounds, again and again) would make most
     * updates replays of one another.
     */
    private static Arbitrary<Long> updateId() {
        return Arbitraries.randomValue(random -> random.nextInt(20) == 0 ? 1L + random.nextInt(50)
                : 1L + random.nextInt(2_000_000_000));
    }

    /** A Messenger timestamp (it keys postbacks and referrals, and makes the mids here): random, no edge cases. */
    private static Arbitrary<Long> timestamp() {
        return Arbitraries.randomValue(random -> 1_700_000_000_000L + (random.nextLong() & 0xFFFFFFFFFFL));
    }
}
