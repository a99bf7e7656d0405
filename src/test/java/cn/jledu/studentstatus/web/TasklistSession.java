package cn.jledu.studentstatus.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.IdentitySync;
import cn.jledu.studentstatus.support.Demo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless browser that the actors of a whole procedure use in turn, as staff use Tasklist: sign in, open a
 * filter, open the task, claim, fill the Camunda Form, complete. Every step saves a screenshot under
 * {@code target/screenshots/<procedure>/<nn>-<step>.png} (1280×800, for docs/user-guide.md).
 */
final class TasklistSession implements AutoCloseable {

    private final ChromeDriver driver;
    private final int port;
    private final String procedure;
    private final WebDriverWait wait;
    private int step;

    TasklistSession(int port, String procedure) throws Exception {
        this.driver = Browser.start("zh-CN");
        this.driver.manage().window().setSize(new Dimension(1280, 800));
        this.port = port;
        this.procedure = procedure;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // staff read Beijing time (the footer says which zone the dates are shown in)
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Shanghai"));
    }

    /**
     * The browser's clock follows the engine clock the test set (a reviewer's "today" is the server's), so that
     * Tasklist's "due in 3 days" and the overdue colours read as they would on that day.
     */
    private void alignBrowserClock() {
        long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
        String script = "(() => { const R = window.__realDate || (window.__realDate = Date); const offset = " + offset
                + "; class D extends R { constructor(...a) { if (a.length === 0) { super(R.now() + offset); }"
                + " else { super(...a); } } static now() { return R.now() + offset; } } window.Date = D; })();";
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** Waits for the condition; on a time-out the page is saved next to the screenshots first. */
    private <T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (RuntimeException e) {
            dump(String.format("failed-%02d", step + 1));
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Signs out whoever was signed in (the session cookie goes) and signs in as {@code userId}. */
    TasklistSession signIn(String userId) {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
            driver.get("about:blank");
        }
        alignBrowserClock();
        Browser.signIn(driver, port, userId, Demo.PASSWORD);
        return this;
    }

    /** Opens a filter by its Chinese name and waits until the list shows {@code expected} (if given). */
    TasklistSession filter(String filter, String expected) {
        By link = By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='" + filter + "']"
                + " | //*[normalize-space(text())='" + filter + "']");
        until(ExpectedConditions.elementToBeClickable(link));
        Browser.click(driver, driver.findElement(link));
        if (expected != null) {
            until(d -> listText().contains(expected));
        }
        return this;
    }

    /** The text of the task list (the middle column). */
    String listText() {
        List<WebElement> lists = driver.findElements(By.cssSelector(".tasks-list, [cam-tasks], .list-container"));
        return lists.isEmpty() ? driver.findElement(By.tagName("body")).getText() : lists.get(0).getText();
    }

    /** Opens the task whose name contains {@code taskName} and waits for its form. */
    TasklistSession open(String taskName) {
        By item = By.xpath("//*[contains(@class,'tasks-list')]//*[contains(text(),'" + taskName
                + "')][not(contains(@class,'variable-value'))]");
        until(ExpectedConditions.elementToBeClickable(item));
        Browser.click(driver, driver.findElement(item));
        until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form .fjs-form-field")));
        until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[self::h2 or self::h3 or self::h4][contains(normalize-space(),'" + taskName + "')]")));
        return this;
    }

    /** Claims the open task and waits until the form can be filled. */
    TasklistSession claim() {
        By claim = By.xpath("//*[self::button or self::a][normalize-space()='认领']");
        until(ExpectedConditions.elementToBeClickable(claim));
        Browser.click(driver, driver.findElement(claim));
        until(d -> !d.findElements(By.xpath("//*[self::button or self::a][normalize-space()='取消认领']")).isEmpty()
                || d.findElements(claim).isEmpty());
        until(d -> !d.findElements(By.cssSelector(".fjs-form-field input:not([disabled]),"
                + " .fjs-form-field textarea:not([disabled])")).isEmpty());
        return this;
    }

    private By field(String label) {
        return By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
                + "[.//label[contains(normalize-space(), '" + label + "')]]");
    }

    private WebElement container(String label) {
        until(ExpectedConditions.visibilityOfElementLocated(field(label)));
        List<WebElement> found = driver.findElements(field(label));
        return found.get(found.size() - 1);
    }

    /** Chooses a radio option by its label. */
    TasklistSession choose(String option) {
        By label = By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
                + "//label[normalize-space()='" + option + "']");
        until(ExpectedConditions.visibilityOfElementLocated(label));
        WebElement l = driver.findElement(label);
        List<WebElement> inside = l.findElements(By.cssSelector("input[type=radio]"));
        String target = l.getAttribute("for");
        Browser.click(driver, !inside.isEmpty() ? inside.get(0)
                : target != null && !target.isEmpty() ? driver.findElement(By.id(target)) : l);
        return this;
    }

    /** Types into the text field or text area with this label (the label's beginning is enough). */
    TasklistSession type(String label, String text) {
        WebElement input = container(label).findElement(By.cssSelector("textarea, input"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Ticks the checkbox with this label. */
    TasklistSession tick(String label) {
        WebElement box = container(label).findElement(By.cssSelector("input[type=checkbox]"));
        if (!box.isSelected()) {
            Browser.click(driver, box);
        }
        return this;
    }

    /** Picks an option of the select field with this label (form-js draws its own drop-down). */
    TasklistSession select(String label, String option) {
        WebElement c = container(label);
        List<WebElement> nativeSelect = c.findElements(By.tagName("select"));
        if (!nativeSelect.isEmpty()) {
            new Select(nativeSelect.get(0)).selectByVisibleText(option);
            return this;
        }
        List<WebElement> display = c.findElements(By.cssSelector(".fjs-select-display, .fjs-input-group, input"));
        Browser.click(driver, display.get(0));
        By item = By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + option + "']");
        until(ExpectedConditions.visibilityOfElementLocated(item));
        WebElement choice = driver.findElement(item);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", choice);
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(choice).click().perform();
        return this;
    }

    /** Clicks 完成 and waits until {@code done} holds (the engine has the task completed). */
    TasklistSession complete(BooleanSupplier done) {
        By button = By.xpath("//button[normalize-space()='完成']");
        until(ExpectedConditions.elementToBeClickable(button));
        Browser.click(driver, driver.findElement(button));
        until(d -> done.getAsBoolean());
        return this;
    }

    /** Signs in as a reviewer who must not see the task: the unit's filters show the list without it. */
    TasklistSession assertDoesNotSee(String userId, String taskName) {
        signIn(userId);
        for (String filter : List.of(IdentitySync.FILTER_UNIT, IdentitySync.FILTER_UNIT_ALL)) {
            filter(filter, null);
            waitForListToSettle(filter);
            assertThat(listText()).as("%s in %s", userId, filter).doesNotContain(taskName);
        }
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(taskName);
        return this;
    }

    /** Waits until the filter is the selected one and the list has loaded (tasks, or the "none found" notice). */
    private void waitForListToSettle(String filter) {
        until(d -> !d.findElements(By.xpath("//div[contains(@class,'task-filter')][contains(@class,'active')]"
                + "//a[contains(normalize-space(.), '" + filter + "')]")).isEmpty());
        until(d -> !d.findElements(By.cssSelector(".tasks-list li.task")).isEmpty()
                || d.findElement(By.tagName("body")).getText().contains("未找到符合过滤条件的任务"));
    }

    /** Opens one of our pages (a path under the application) and waits until it shows {@code expected}. */
    TasklistSession page(String path, String expected) {
        alignBrowserClock();
        driver.get("http://localhost:" + port + path);
        until(d -> d.findElement(By.tagName("body")).getText().contains(expected));
        return this;
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page's text contains {@code text}. */
    TasklistSession waitFor(String text) {
        until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    /** Saves {@code target/screenshots/<procedure>/<nn>-<name>.png}. */
    TasklistSession shot(String name) throws Exception {
        step++;
        Path dir = Path.of("target", "screenshots", procedure);
        Files.createDirectories(dir);
        Files.write(dir.resolve(String.format("%02d-%s.png", step, name)),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return this;
    }

    /** Saves the page source next to the screenshots (for a failing step). */
    void dump(String name) {
        try {
            Path dir = Path.of("target", "screenshots", procedure);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception ignored) {
            // best effort
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
