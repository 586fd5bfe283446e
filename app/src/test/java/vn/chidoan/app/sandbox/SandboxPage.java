package vn.chidoan.app.sandbox;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox page in Debian's headless Chromium, driven by its chromedriver (no driver download), as
 * a trainee uses it: pick a persona, open a chat, type, press buttons. Screenshots go to
 * {@code target/sandbox-screenshots/}.
 */
final class SandboxPage implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "sandbox-screenshots");
    /** How long the page may take to show what a step waits for: a bound, never a pause (a busy machine is slow). */
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private SandboxPage(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class); // the page re-renders its chat list while polling
    }

    /** Fails under CI (CI=true) when Chromium is missing, so a browserless CI cannot pass; skips elsewhere. */
    static void requireBrowser() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
            return;
        }
        String missing = "headless Chromium is not installed: need " + CHROMIUM + " and " + DRIVER
                + " (Debian packages chromium and chromium-driver, which .ci/run installs)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing);
        }
        Assumptions.abort(missing + "; the browser test is skipped outside CI");
    }

    static SandboxPage open(String url, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        SandboxPage page = new SandboxPage(new ChromeDriver(service, options));
        page.driver.get(url);
        page.wait.until(d -> !new Select(d.findElement(By.id("persona"))).getOptions().isEmpty());
        return page;
    }

    /** Becomes the persona; waits until their chat list is shown. */
    void as(String persona) {
        wait.until(d -> !d.findElements(By.cssSelector("#persona option[value='" + persona + "']")).isEmpty());
        wait.until(d -> {
            try {
                new Select(d.findElement(By.id("persona"))).selectByValue(persona);
                return true;
            } catch (StaleElementReferenceException reRendered) {
                return false; // the page replaced the list between finding and choosing: find it again
            }
        });
        wait.until(d -> d.getPageSource().contains("data-chat=\"" + persona + "\""));
    }

    void openChat(String chat) {
        wait.until(d -> {
            d.findElement(By.cssSelector("[data-chat='" + chat + "']")).click();
            return true;
        });
        wait.until(d -> d.findElement(By.cssSelector("[data-chat='" + chat + "']")).getAttribute("class")
                .contains("active"));
    }

    void say(String text) {
        int before = messages().size();
        driver.findElement(By.id("text")).sendKeys(text, Keys.ENTER);
        wait.until(d -> messages().size() > before);
    }

    /** Waits for a bot message in the open chat that contains the text; returns its text. */
    String awaitBot(String text) {
        return wait.until(d -> strings("return [...document.querySelectorAll('#messages li.msg.bot')]"
                + ".map(m => m.innerText);").stream().filter(m -> m.contains(text)).reduce((a, b) -> b).orElse(null));
    }

    /** Presses the last button (or link button) with this label in the open chat. */
    void press(String label) {
        wait.until(d -> {
            WebElement button = d.findElements(By.cssSelector("#messages .bot-button")).stream()
                    .filter(b -> b.getText().startsWith(label)).reduce((first, second) -> second).orElse(null);
            if (button != null) {
                button.click();
            }
            return button != null;
        });
    }

    /** Sends a file from disk with a caption, as the paper-clip button does. */
    void upload(Path file, String caption) {
        int before = messages().size();
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file-name")));
        driver.findElement(By.id("text")).sendKeys(caption, Keys.ENTER);
        wait.until(d -> messages().size() > before);
    }

    /** Whether the photos shown in the open chat have all loaded and have a size. */
    boolean photosLoaded() {
        Object loaded = driver.executeScript("const photos = [...document.querySelectorAll('#messages img.msg-photo')];"
                + "return photos.length > 0 && photos.every(p => p.complete && p.naturalWidth > 0);");
        return Boolean.TRUE.equals(loaded);
    }

    void awaitPhotos() {
        wait.until(d -> photosLoaded());
    }

    /** Clicks the last QR code shown in the open chat, as a phone's camera would scan it. */
    void scanQr() {
        wait.until(d -> {
            WebElement code = d.findElements(By.cssSelector("#messages a.msg-scan img.msg-photo")).stream()
                    .reduce((first, second) -> second).orElse(null);
            if (code != null) {
                code.click();
            }
            return code != null;
        });
    }

    /** The texts of the open chat's messages, read in one go (the page re-renders while polling). */
    List<String> messages() {
        return strings("return [...document.querySelectorAll('#messages li.msg')].map(m => m.innerText);");
    }

    List<String> chats() {
        return strings("return [...document.querySelectorAll('#chat-list [data-chat]')].map(c => c.dataset.chat);");
    }

    private List<String> strings(String script) {
        return ((List<?>) driver.executeScript(script)).stream().map(String::valueOf).toList();
    }

    /** Adds a persona from the page; returns the id it was given (the page switches to it). */
    String createPersona(String name) {
        String before = currentPersona();
        driver.findElement(By.id("new-persona")).click();
        answer(name);
        wait.until(d -> !currentPersona().equals(before));
        return currentPersona();
    }

    /** Creates a group as the current persona and opens it; returns its id. */
    String createGroup(String title) {
        List<String> before = chats();
        driver.findElement(By.id("new-group")).click();
        answer(title);
        wait.until(d -> chats().size() > before.size());
        return chats().stream().filter(c -> !before.contains(c)).findFirst().orElseThrow();
    }

    void invite(String persona) {
        driver.findElement(By.id("invite")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dialog-select")));
        new Select(driver.findElement(By.id("dialog-select"))).selectByValue(persona);
        driver.findElement(By.id("dialog-ok")).click();
    }

    /**
     * Presses «Tạo tỉnh đoàn mẫu», which the page offers while the demo is not there; waits until the
     * demo's people are in the picker and the offer is gone.
     */
    void createDemo() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create-demo"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("demo")));
    }

    /** Loads the page again, as a trainee pressing F5; waits until the persona's chats are shown. */
    void reload() {
        driver.navigate().refresh();
        wait.until(d -> !new Select(d.findElement(By.id("persona"))).getOptions().isEmpty()
                && !d.findElements(By.cssSelector("#chat-list [data-chat]")).isEmpty());
    }

    /** The chats marked as having something new. */
    List<String> unreadChats() {
        return strings("return [...document.querySelectorAll('#chat-list [data-chat]')]"
                + ".filter(c => c.querySelector('.unread')).map(c => c.dataset.chat);");
    }

    /** Waits until the line under "Trò chuyện" saying what the current persona is contains the text. */
    void awaitRoles(String text) {
        wait.until(d -> d.findElement(By.id("persona-roles")).getText().contains(text));
    }

    /** Waits until the picker's label of the persona contains the text. */
    void awaitPersonaLabel(String persona, String text) {
        wait.until(d -> personaLabel(persona).contains(text));
    }

    /** Switches Telegram's privacy mode of the bot with the page's switch; waits until the page confirms it. */
    void privacyMode(boolean on) {
        WebElement box = driver.findElement(By.id("privacy-mode"));
        if (box.isSelected() != on) {
            box.click();
        }
        String confirmed = on ? "Chế độ riêng tư bật" : "Chế độ riêng tư tắt";
        wait.until(d -> d.findElement(By.id("toast")).getText().startsWith(confirmed));
    }

    /** Waits for a message in the open chat (anyone's) that contains the text; returns its text. */
    String awaitMessage(String text) {
        return wait.until(d -> messages().stream().filter(m -> m.contains(text)).reduce((a, b) -> b).orElse(null));
    }

    /** Whether the open chat is scrolled to its end. */
    boolean atEnd() {
        return Boolean.TRUE.equals(driver.executeScript("const list = document.getElementById('messages');"
                + "return list.scrollHeight > list.clientHeight"
                + " && list.scrollHeight - list.scrollTop - list.clientHeight < 2;"));
    }

    /** Whether the page's own font for these emoji has loaded (not a font of the machine). */
    boolean emojiFontLoaded(String emoji) {
        return Boolean.TRUE.equals(driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "document.fonts.load('16px \"Sandbox Emoji\"', arguments[0])"
                + ".then(faces => done(faces.length > 0 && faces.every(f => f.status === 'loaded')))"
                + ".catch(() => done(false));", emoji));
    }

    String personaLabel(String persona) {
        return driver.findElement(By.cssSelector("#persona option[value='" + persona + "']")).getText();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String currentPersona() {
        return new Select(driver.findElement(By.id("persona"))).getFirstSelectedOption().getAttribute("value");
    }

    private void answer(String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dialog-input")));
        input.sendKeys(text);
        driver.findElement(By.id("dialog-ok")).click();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
