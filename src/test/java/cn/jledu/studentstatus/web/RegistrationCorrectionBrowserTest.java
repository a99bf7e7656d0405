package cn.jledu.studentstatus.web;

import cn.jledu.studentstatus.student.Intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.registration.Applicant;
import cn.jledu.studentstatus.registration.RegistrationService;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A returned case: from the Tasklist correction task to the batch page, a student corrected on the form. */
@IntegrationTest
class RegistrationCorrectionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RegistrationService registrations;

    @Autowired
    cn.jledu.studentstatus.registration.RegistrationProcess registrationProcess;
    @Autowired
    TaskService tasks;
    @Autowired
    StudentRepository students;

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void registrarFollowsTheTaskToTheBatchPageAndCorrectsAStudent() throws Exception {
        EngineClock.set(LocalDateTime.of(2026, 9, 14, 9, 0));
        List<Applicant> two = List.of(Applicants.junior("710201").name("张错名").build(),
                Applicants.junior("710201").name("李同学").build());
        RegistrationService.Submission s = CurrentUser.callAs(Demo.staff(Demo.CITY_SCHOOL, SchoolRole.REGISTRAR),
                () -> registrationProcess.submit(Demo.CITY_SCHOOL.code(), new Intake(2026, Season.AUTUMN), two, "TEST",
                        null, null, false));
        tasks.complete(tasks.createTaskQuery().processInstanceId(s.processInstanceId()).singleResult().getId(),
                Map.of("decision", "RETURN", "returnReason", "张错名的姓名应为张正名"));
        long studentId = registrations.studentsOf(s.batchId()).get(0).id();

        ChromeDriver driver = Browser.start("zh-CN");
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            Browser.signIn(driver, port, Demo.user(Demo.CITY_SCHOOL, SchoolRole.REGISTRAR), Demo.PASSWORD);
            Browser.click(driver, driver.findElement(By.xpath("//*[contains(text(),'" + cn.jledu.studentstatus.organisation.IdentitySync.FILTER_UNIT + "')]")));
            wait.until(d -> d.getPageSource().contains("学籍管理员修改后重新提交"));
            Browser.click(driver, driver.findElement(By.xpath("//*[contains(text(),'学籍管理员修改后重新提交')]")));
            wait.until(d -> d.getPageSource().contains("注册批次页面"));
            Browser.screenshot(driver, "correction-task-zh");
            WebElement link = driver.findElement(By.linkText("注册批次页面"));
            assertThat(link.getAttribute("href")).endsWith("/registration/batch.html?id=" + s.batchId());

            driver.get(link.getAttribute("href"));
            wait.until(d -> d.findElement(By.id("returned")).getText().contains("张正名"));
            Browser.click(driver, driver.findElement(By.cssSelector("a[href='student.html?batch=" + s.batchId()
                    + "&student=" + studentId + "']")));
            wait.until(d -> "张错名".equals(d.findElement(By.id("name")).getAttribute("value")));
            assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("更正注册信息");
            driver.findElement(By.id("name")).clear();
            driver.findElement(By.id("name")).sendKeys("张正名");
            Browser.click(driver, driver.findElement(By.id("submit")));
            wait.until(d -> d.findElement(By.id("result")).getText().contains("已保存更正"));
            Browser.screenshot(driver, "correction-saved-zh");
        } finally {
            driver.quit();
        }
        assertThat(students.find(studentId).orElseThrow().name()).isEqualTo("张正名");
    }
}
