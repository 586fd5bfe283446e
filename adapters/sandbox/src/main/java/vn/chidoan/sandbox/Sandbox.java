package vn.chidoan.sandbox;

import java.util.ArrayList;
import java.util.List;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundGateway;

/**
 * Public API of the sandbox, used by the page's web layer: personas, their chats and what is said
 * there. What a persona types or presses is recorded in the chat and handed to the
 * {@link InboundGateway} like a webhook's event; the bot's answers arrive through the outbox and the
 * {@link SandboxSender}. A persona sees their private chat and the groups they take part in, nothing else.
 */
public class Sandbox {
    static final int MAX_TEXT = 4096;
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final PersonaStore personas;
    private final GroupStore groups;
    private final MessageLog log;
    private final FileStore files;
    private final Counters counters;
    private final PrivacyMode privacy;
    private final PersonaRoles roles;
    private final InboundGateway gateway;
    private final DemoDataset demo;

    Sandbox(SandboxStores stores, PersonaRoles roles, InboundGateway gateway, DemoDataset demo) {
        this.personas = stores.personas();
        this.groups = stores.groups();
        this.log = stores.log();
        this.files = stores.files();
        this.counters = stores.counters();
        this.privacy = stores.privacy();
        this.roles = roles;
        this.gateway = gateway;
        this.demo = demo;
    }

    /** A file chosen on the page. */
    public record Upload(String name, String mime, byte[] data) {
    }

    public List<SandboxView.Person> personas() {
        return personas.all().stream().map(p -> new SandboxView.Person(p.id(), p.name(), roles.of(p))).toList();
    }

    public SandboxView.Person addPersona(String name) {
        Persona created = personas.create(Inputs.name(name));
        return new SandboxView.Person(created.id(), created.name(), List.of());
    }

    /** The persona's private chat with the bot first, then their groups. */
    public List<SandboxView.Chat> chats(String persona) {
        Persona who = persona(persona);
        List<SandboxView.Chat> chats = new ArrayList<>();
        chats.add(new SandboxView.Chat(who.id(), "private", null, List.of(who.id()), log.lastRev(who.id(), who.id())));
        groups.of(who.id()).forEach(g -> chats.add(view(g, who)));
        return chats;
    }

    /** A new group with the persona in it, and the bot added to it by them (so it greets the group). */
    public SandboxView.Chat createGroup(String persona, String title) {
        Persona creator = persona(persona);
        GroupStore.Group group = groups.create(Inputs.title(title), creator.id());
        accept("added:" + group.id(), group.id(), SandboxEvent.botAdded(group.id(), group.title(), creator));
        return view(group, creator);
    }

    public void invite(String persona, String chat, String guest) {
        Place place = place(persona(persona), chat);
        if (place.kind() != ChatKind.GROUP) {
            throw SandboxRefusal.bad("not_a_group");
        }
        groups.add(chat, persona(guest).id());
    }

    /** What changed in the chat after revision {@code after}: messages, edits, and this persona's toasts. */
    public List<SandboxView.Message> messages(String persona, String chat, long after) {
        Persona who = persona(persona);
        place(who, chat);
        return log.after(chat, after).stream()
                .filter(m -> m.toastFor() == null || m.toastFor().equals(who.id())).toList();
    }

    /** Whether the demo province (its officers, branches, members and linked groups) is there. */
    public boolean demoThere() {
        return demo.there();
    }

    /** Creates the demo province, for a trainee who started the app without it; nothing if it is there. */
    public void createDemo() {
        demo.ensure();
    }

    /** Whether the bot gets only what Telegram gives a bot in privacy mode in groups (see {@link PrivacyMode}). */
    public boolean privacyMode() {
        return privacy.on();
    }

    public void privacyMode(boolean on) {
        privacy.set(on);
    }

    /**
     * Records what the persona said in the chat and hands it to the bot when the platform would (in a
     * group with privacy mode on: commands and replies to the bot only); the message says if it was not.
     */
    public SandboxView.Message say(String persona, String chat, String text, String replyTo, Upload upload) {
        Persona from = persona(persona);
        Place place = place(from, chat);
        String typed = Inputs.text(text, upload != null);
        SandboxView.Message repliedTo = replyTo == null || replyTo.isBlank() ? null
                : log.message(chat, replyTo).orElseThrow(() -> SandboxRefusal.missing("unknown_message"));
        SandboxView.File file = upload == null ? null : files.save(chat, Inputs.kindOf(upload), Inputs.fileName(upload),
                Inputs.mime(upload), Inputs.bytes(upload));
        boolean delivered = privacy.delivers(place.kind(), typed, repliedTo);
        SandboxView.Message said = log.said(chat, from, typed, repliedTo == null ? null : repliedTo.id(), file,
                delivered);
        if (!delivered) {
            return said;
        }
        Persona author = repliedTo == null || repliedTo.from() == null ? null
                : personas.byId(repliedTo.from()).orElse(null);
        accept("message:" + said.id(), chat, SandboxEvent.message(chat, place.kind(), from, typed, said.id(),
                repliedTo, author, file));
        return said;
    }

    /** Presses a button the bot showed in the chat; a button that is not there is refused. */
    public void press(String persona, String chat, String messageId, String data) {
        Persona who = persona(persona);
        Place place = place(who, chat);
        boolean shown = log.message(chat, messageId).filter(m -> m.from() == null).stream()
                .flatMap(m -> m.buttons().stream()).flatMap(List::stream)
                .anyMatch(b -> b.data() != null && b.data().equals(data));
        if (!shown) {
            throw SandboxRefusal.missing("unknown_button");
        }
        String callbackId = SandboxSender.Callbacks.of(who.id(), counters.next("press"));
        accept("press:" + callbackId, chat, SandboxEvent.press(chat, place.kind(), who, messageId, data, callbackId));
    }

    /** A file said in one of the persona's chats. */
    public SandboxView.Download file(String persona, String id) {
        Persona who = persona(persona);
        FileStore.Stored stored = files.byId(id == null ? "" : id)
                .orElseThrow(() -> SandboxRefusal.missing("unknown_file"));
        place(who, stored.chat());
        return new SandboxView.Download(stored.file(), stored.data());
    }

    private record Place(ChatKind kind) {
    }

    private Place place(Persona who, String chat) {
        if (who.id().equals(chat)) {
            return new Place(ChatKind.PRIVATE);
        }
        return groups.byId(chat).filter(g -> g.has(who.id())).map(g -> new Place(ChatKind.GROUP))
                .orElseThrow(() -> SandboxRefusal.missing("unknown_chat"));
    }

    private Persona persona(String id) {
        return personas.byId(id == null ? "" : id).orElseThrow(() -> SandboxRefusal.missing("unknown_persona"));
    }

    private SandboxView.Chat view(GroupStore.Group group, Persona seenBy) {
        return new SandboxView.Chat(group.id(), "group", group.title(), group.members(),
                log.lastRev(group.id(), seenBy.id()));
    }

    private void accept(String key, String chat, SandboxEvent event) {
        gateway.accept(Platform.SANDBOX, "sandbox:" + key, "sandbox:" + chat, SandboxDecoder.encode(event));
    }
}
