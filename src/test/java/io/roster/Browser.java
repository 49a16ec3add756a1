package io.roster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Selenium through Debian's chromedriver (nothing is downloaded). Without them
 * the calling test is skipped with a message; under {@code CI=true} it fails (.ci/run installs them).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;

    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static Browser open() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            System.err.println("\n*** SKIPPING BROWSER TEST *** " + message + "\n");
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1800");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .build();
        return new Browser(new ChromeDriver(service, options));
    }

    public void go(String url) {
        driver.get(url);
    }

    /**
     * Logs in to Tasklist as a demo user (password {@code demo}) and opens the filter of tasks waiting for them or
     * their groups, as a person would.
     */
    public void openTasklistAs(int port, String user) {
        go("http://localhost:" + port + "/camunda/app/tasklist/default/");
        type(By.cssSelector("input[placeholder='Username']"), user);
        type(By.cssSelector("input[placeholder='Password']"), "demo");
        clickable(By.cssSelector("button[type='submit']")).click();
        clickVisible(By.xpath("//*[contains(text(),'Waiting for me or my groups')]"));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Types into a field and checks the value stayed: single-page apps may still be re-rendering the field when it
     * first shows.
     */
    public void type(By by, String text) {
        wait.until(driver -> {
            WebElement field = driver.findElement(by);
            if (!field.isDisplayed()) {
                return false;
            }
            field.clear();
            field.sendKeys(text);
            return text.equals(field.getDomProperty("value"));
        });
    }

    /** Clicks the first of the matching elements a person can see (pages keep hidden copies of some). */
    public void clickVisible(By by) {
        wait.until(driver -> driver.findElements(by)
            .stream()
            .filter(element -> element.isDisplayed() && element.isEnabled())
            .findFirst()
            .map(element -> {
                element.click();
                return true;
            })
            .orElse(false));
    }

    public WebElement clickable(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    public void waitUntilGone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the person sees (and the page's HTML beside it), under target/screenshots. */
    public Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(file.resolveSibling(name + ".html"), driver.getPageSource());
            return file;
        }
        catch (IOException exception) {
            throw new IllegalStateException(exception);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

}
