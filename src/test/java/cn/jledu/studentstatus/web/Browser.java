package cn.jledu.studentstatus.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (nothing is downloaded). Outside CI the browser
 * tests are skipped when Chromium is not installed; in CI (.ci/run installs it) a missing browser fails.
 */
final class Browser {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start(String language) throws Exception {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("Chromium/chromedriver not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Signs in to Tasklist (the webapp session then also authenticates our pages' API calls). */
    static void signIn(ChromeDriver driver, int port, String userId, String password) {
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60));
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.cssSelector("input[type=password]")));
        driver.findElement(org.openqa.selenium.By.cssSelector("input[type=text]")).sendKeys(userId);
        driver.findElement(org.openqa.selenium.By.cssSelector("input[type=password]")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains(cn.jledu.studentstatus.organisation.IdentitySync.FILTER_UNIT));
    }

    /** Scrolls an element into the middle of the view and clicks it (fixed headers and footers cover edges). */
    static void click(ChromeDriver driver, org.openqa.selenium.WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Saves a screenshot under target/screenshots for the user guide and for looking at failures. */
    static void screenshot(ChromeDriver driver, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
