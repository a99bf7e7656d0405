package cn.jledu.studentstatus.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.IdentitySync;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13 §5: a display name carrying HTML (set by an administrator — users cannot change their own profile, see
 * {@code AccessMatrixTest}) is shown in Tasklist as text: no element is created from it and no script runs.
 */
@IntegrationTest
class DisplayNameEscapingBrowserTest {

    static final String USER = "xss-name-test";
    static final String PASSWORD = "demo-xss-name";
    static final String FIRST = "<img id=\"injected\" src=\"x\" onerror=\"document.title='pwned'\">";
    static final String LAST = "<b id=\"bold\">省教育厅</b>";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    @AfterEach
    void removeUser() {
        if (identity.createUserQuery().userId(USER).count() > 0) {
            identity.deleteUser(USER);
        }
    }

    @Test
    void aNameWithHtmlIsShownAsTextInTasklist() throws Exception {
        User user = identity.newUser(USER);
        user.setFirstName(FIRST);
        user.setLastName(LAST);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(USER, GroupIds.school(Demo.YANJI.code(), SchoolRole.REGISTRAR));

        ChromeDriver driver = Browser.start("zh-CN");
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            Browser.signIn(driver, port, USER, PASSWORD);
            wait.until(d -> d.getPageSource().contains(IdentitySync.FILTER_UNIT));
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("省教育厅"));
            String text = driver.findElement(By.tagName("body")).getText();
            assertThat(text).as("the name is shown literally").contains("<b id=\"bold\">省教育厅</b>");
            assertThat(driver.findElements(By.id("injected"))).as("no element from the name").isEmpty();
            assertThat(driver.findElements(By.id("bold"))).as("no element from the name").isEmpty();
            assertThat(driver.getTitle()).isNotEqualTo("pwned");
        } finally {
            driver.quit();
        }
    }
}
