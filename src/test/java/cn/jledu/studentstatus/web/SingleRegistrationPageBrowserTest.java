package cn.jledu.studentstatus.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A registrar registers one student on the page: first refused with the rule, then accepted. */
@IntegrationTest
class SingleRegistrationPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void registrarRegistersOneStudentAndSeesTheRuleWhenSomethingIsMissing() throws Exception {
        EngineClock.set(LocalDateTime.of(2026, 9, 11, 10, 0));
        String idNumber = Applicants.freshIdNumber(Gender.FEMALE, LocalDate.of(2011, 5, 6));
        ChromeDriver driver = Browser.start("zh-CN");
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            Browser.signIn(driver, port, Demo.user(Demo.CITY_SCHOOL, SchoolRole.REGISTRAR), Demo.PASSWORD);
            // the Welcome page links the registration pages
            driver.get("http://localhost:" + port + "/camunda/app/welcome/default/");
            wait.until(d -> d.getPageSource().contains("新生入学注册（单个学生）"));
            Browser.screenshot(driver, "welcome-links-zh");
            Browser.click(driver, driver.findElement(By.linkText("新生入学注册（单个学生）")));
            wait.until(d -> d.getCurrentUrl().endsWith("/registration/student.html"));
            wait.until(d -> !d.findElement(By.id("intakeYear")).getAttribute("value").isEmpty());
            driver.findElement(By.id("name")).sendKeys("王䶮");
            new Select(driver.findElement(By.id("gender"))).selectByVisibleText("女");
            driver.executeScript("document.getElementById('birthDate').value = '2011-05-06';"
                    + "document.getElementById('graduationYear').value = '2026';");
            driver.findElement(By.id("idNumber")).sendKeys(idNumber);
            driver.findElement(By.id("admissionNoticeNo")).sendKeys("LQ2026-0815");
            driver.findElement(By.id("majorCode")).sendKeys("720201");
            Browser.click(driver, driver.findElement(By.id("submit")));
            wait.until(d -> d.findElement(By.id("result")).getText().contains("未能注册"));
            assertThat(driver.findElement(By.id("result")).getText()).contains("R-REG-2", "原件");

            Browser.click(driver, driver.findElement(By.id("idOriginalSeen")));
            Browser.click(driver, driver.findElement(By.id("idCopyKept")));
            Browser.click(driver, driver.findElement(By.id("submit")));
            wait.until(d -> d.findElement(By.id("result")).getText().contains("已提交注册"));
            Browser.screenshot(driver, "single-registration-zh");
            String number = jdbc.sql("SELECT student_number FROM student WHERE id_number = ? AND status = 'REGISTERING'")
                    .param(idNumber).query(String.class).single();
            assertThat(driver.findElement(By.id("result")).getText()).contains(number, "注册中");
            assertThat(number).startsWith(Demo.CITY_SCHOOL.code() + "2026");
            assertThat(driver.findElement(By.id("intakeYear")).getAttribute("value")).isEqualTo("2026");
        } finally {
            driver.quit();
        }
    }
}
