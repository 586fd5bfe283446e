package vn.chidoan.app.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import vn.chidoan.sandbox.SandboxProperties;

/** Says in the log, once the web server listens, where the sandbox is, who may open it and where its data lives. */
class SandboxAnnouncement {
    private static final Logger log = LoggerFactory.getLogger(SandboxAnnouncement.class);

    private final String database;
    private final SandboxProperties properties;

    SandboxAnnouncement(String database, SandboxProperties properties) {
        this.database = database;
        this.properties = properties;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            log.info(describe(event.getWebServer().getPort(), properties, database));
        }
    }

    static String describe(int port, SandboxProperties properties, String database) {
        String who = properties.allowRemote() ? "open to other machines (chidoan.sandbox.allow-remote=true)"
                : "answers only on this machine (loopback; chidoan.sandbox.allow-remote=true opens it to others)";
        return "Sandbox: on at http://localhost:" + port + "/sandbox/ — " + who + "; its own database: " + database
                + "; demo dataset: " + (properties.demo() ? "on" : "off (chidoan.sandbox.demo=true adds one)");
    }
}
