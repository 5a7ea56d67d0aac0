package app.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser journeys, with an axe-core (WCAG 2.2 AA) check of every
 * page the journey visits. Nothing is downloaded: both binaries come from apt.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path userData;

    public Browser(int port) throws IOException {
        Assumptions.assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests=true)");
        this.baseUrl = "http://127.0.0.1:" + port;
        this.userData = Files.createTempDirectory("lantern-chromium-");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + userData);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path and checks the page with axe. */
    public void open(String path) {
        driver.get(baseUrl + path);
        assertAccessible();
    }

    public void signIn(String email, String password) {
        open("/sign-in");
        type("email", email);
        type("password", password);
        WebElement button = driver.findElement(By.cssSelector("form[action='/sign-in'] button"));
        button.click();
        // axe on the sign-in page while the next one loads would see an empty document
        waitForNextPage(button);
        assertAccessible();
    }

    /** Waits until {@code pressed}'s page has gone and the next one has loaded (it has a title). */
    public void waitForNextPage(WebElement pressed) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(pressed));
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")) && !driver.getTitle().isBlank());
    }

    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public void choose(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    public void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    /** Presses the page's main submit button and checks the page that comes back. */
    public void submit() {
        driver.findElement(By.cssSelector("main form button[type=submit].govuk-button, main form button.govuk-button")).click();
        assertAccessible();
    }

    public void clickLink(String text) {
        driver.findElement(By.linkText(text)).click();
        assertAccessible();
    }

    public String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).collect(Collectors.joining("\n"));
    }

    public String heading() {
        return text("h1");
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Fails with each WCAG 2.2 A/AA violation axe finds on the current page. */
    public void assertAccessible() {
        var results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe violations on %s:%n%s", driver.getCurrentUrl(), violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

}
