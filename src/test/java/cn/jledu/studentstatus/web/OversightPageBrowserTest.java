package cn.jledu.studentstatus.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

/**
 * The oversight page (R-MON-3) in a real browser: a city bureau reviewer reaches it from the Welcome page and sees
 * its own and its counties' schools with the headcount gap highlighted and a chart of changes per month; a county
 * reviewer sees only the county's school, not the neighbouring county's.
 */
@IntegrationTest
class OversightPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessDriver api;

    /** Loads Tasklist once with a generous wait (a cold server under load), then signs in as usual. */
    void signIn(ChromeDriver driver, String userId) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        new WebDriverWait(driver, Duration.ofSeconds(240)).until(d -> !d.findElements(By.cssSelector("input[type=password]"))
                .isEmpty());
        Browser.signIn(driver, port, userId, Demo.PASSWORD);
    }

    static List<String> schoolRows(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#schools tbody tr")).stream().map(WebElement::getText).toList();
    }

    @Test
    void cityBureauSeesItsCountiesSchoolsAndCountyBureauNotTheNeighbours() throws Exception {
        String month = YearMonth.now(cn.jledu.studentstatus.platform.AppClock.ZONE).toString();
        api.api(Demo.NONGAN, SchoolRole.REGISTRAR).exchange("/api/oversight/schools/" + Demo.NONGAN.code()
                + "/headcount?month=" + month, HttpMethod.PUT, new HttpEntity<>(Map.of("fullTimeCount", 999)), String.class);

        ChromeDriver driver = Browser.start("zh-CN");
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            signIn(driver, "changchun-bureau");
            driver.get("http://localhost:" + port + "/camunda/app/welcome/default/");
            wait.until(d -> d.getPageSource().contains("学籍督查"));
            Browser.click(driver, driver.findElement(By.linkText("学籍督查")));
            wait.until(d -> d.getCurrentUrl().endsWith("/oversight/index.html"));
            wait.until(d -> !d.findElements(By.cssSelector("#schools tbody tr")).isEmpty());
            assertThat(schoolRows(driver)).hasSize(2);
            assertThat(String.join("\n", schoolRows(driver))).contains(Demo.CITY_SCHOOL.name(), Demo.NONGAN.name())
                    .doesNotContain(Demo.YONGJI.name(), Demo.YANJI.name(), Demo.PROVINCE_SCHOOL.name());
            WebElement gap = driver.findElement(By.cssSelector("#schools tr[data-school='" + Demo.NONGAN.code() + "'] td.gap"));
            assertThat(gap.getText()).startsWith("999 / ");

            Browser.click(driver, driver.findElement(By.cssSelector("a.school[data-code='" + Demo.NONGAN.code() + "']")));
            wait.until(d -> !d.findElements(By.cssSelector("#changesChart rect")).isEmpty());
            assertThat(driver.findElements(By.cssSelector("#changesChart rect"))).hasSize(12);
            assertThat(driver.findElement(By.id("detailTitle")).getText()).contains(Demo.NONGAN.name());
            Browser.screenshot(driver, "oversight-city-bureau-zh");
        } finally {
            driver.quit();
        }

        driver = Browser.start("zh-CN");
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            signIn(driver, "yongji-bureau");
            driver.get("http://localhost:" + port + "/oversight/index.html");
            wait.until(d -> !d.findElements(By.cssSelector("#schools tbody tr")).isEmpty());
            assertThat(schoolRows(driver)).hasSize(1);
            assertThat(schoolRows(driver).get(0)).contains(Demo.YONGJI.name());
            assertThat(driver.getPageSource()).doesNotContain(Demo.NONGAN.name());
        } finally {
            driver.quit();
        }
    }
}
