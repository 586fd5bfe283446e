package vn.chidoan.sandbox.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidoan.sandbox.ConditionalOnSandbox;
import vn.chidoan.sandbox.Sandbox;
import vn.chidoan.sandbox.SandboxRefusal;
import vn.chidoan.sandbox.SandboxView;

/** The page ({@code /sandbox/}) and the JSON API it polls and posts to; translation only. */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox")
class SandboxController {
    private static final Pattern INLINE_IMAGE = Pattern.compile("image/(png|jpeg|gif|webp)");
    private static final String PERSONA = "/api/personas/{persona}";
    private static final String CHAT = PERSONA + "/chats/{chat}";

    private final Sandbox sandbox;

    SandboxController(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Without the trailing slash the page's relative addresses would point one level up. */
    @GetMapping("")
    ResponseEntity<Void> withSlash() {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, "/sandbox/").build();
    }

    @GetMapping("/")
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .body(new ClassPathResource("sandbox-web/index.html"));
    }

    @GetMapping("/api/personas")
    List<SandboxView.Person> personas() {
        return sandbox.personas();
    }

    @PostMapping("/api/personas")
    SandboxView.Person addPersona(@RequestBody Forms.Name form) {
        return sandbox.addPersona(form.name());
    }

    @GetMapping("/api/settings")
    Forms.State settings() {
        return new Forms.State(sandbox.privacyMode(), sandbox.demoThere());
    }

    @PutMapping("/api/settings")
    Forms.State changeSettings(@RequestBody Forms.Settings form) {
        sandbox.privacyMode(form.privacyMode());
        return settings();
    }

    /** Creates the demo province (once; a second press finds it). */
    @PostMapping("/api/demo")
    Forms.State createDemo() {
        sandbox.createDemo();
        return settings();
    }

    @GetMapping(PERSONA + "/chats")
    List<SandboxView.Chat> chats(@PathVariable String persona) {
        return sandbox.chats(persona);
    }

    @PostMapping(PERSONA + "/groups")
    SandboxView.Chat createGroup(@PathVariable String persona, @RequestBody Forms.Title form) {
        return sandbox.createGroup(persona, form.title());
    }

    @PostMapping(CHAT + "/members")
    ResponseEntity<Void> invite(@PathVariable String persona, @PathVariable String chat,
            @RequestBody Forms.Invite form) {
        sandbox.invite(persona, chat, form.persona());
        return ResponseEntity.noContent().build();
    }

    @GetMapping(CHAT + "/messages")
    List<SandboxView.Message> messages(@PathVariable String persona, @PathVariable String chat,
            @RequestParam(defaultValue = "0") long after) {
        return sandbox.messages(persona, chat, after);
    }

    @PostMapping(CHAT + "/messages")
    SandboxView.Message say(@PathVariable String persona, @PathVariable String chat, @RequestBody Forms.Say form) {
        return sandbox.say(persona, chat, form.text(), form.replyTo(), upload(form.file()));
    }

    @PostMapping(CHAT + "/presses")
    ResponseEntity<Void> press(@PathVariable String persona, @PathVariable String chat,
            @RequestBody Forms.Press form) {
        sandbox.press(persona, chat, form.messageId(), form.data());
        return ResponseEntity.accepted().build();
    }

    /** Photos of safe types show inline; anything else downloads, never rendered by the browser. */
    @GetMapping(PERSONA + "/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String persona, @PathVariable String id) {
        SandboxView.Download download = sandbox.file(persona, id);
        SandboxView.File file = download.file();
        boolean inline = "PHOTO".equals(file.kind()) && INLINE_IMAGE.matcher(file.mime()).matches();
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(inline ? MediaType.parseMediaType(file.mime()) : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(download.data());
    }

    @ExceptionHandler(SandboxRefusal.class)
    ResponseEntity<Forms.Refusal> refused(SandboxRefusal refusal) {
        return ResponseEntity.status(refusal.missing() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST)
                .body(new Forms.Refusal(refusal.code()));
    }

    private static Sandbox.Upload upload(Forms.Upload file) {
        if (file == null) {
            return null;
        }
        try {
            return new Sandbox.Upload(file.name(), file.type(),
                    Base64.getDecoder().decode(file.data() == null ? "" : file.data()));
        } catch (IllegalArgumentException notBase64) {
            return new Sandbox.Upload(file.name(), file.type(), null);
        }
    }
}
