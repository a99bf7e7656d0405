package cn.jledu.studentstatus.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.IdentitySync;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.rosterverification.RosterVerificationProcess;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Chinese-speaking head teacher signs in to Tasklist and sees Chinese text, filters and the roster task. */
@IntegrationTest
class TasklistInChineseBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RosterVerificationProcess rosterVerification;
    @Autowired
    OrganisationRepository organisation;

    @Autowired
    cn.jledu.studentstatus.student.StudentRepository students;
    @Autowired
    org.camunda.bpm.engine.HistoryService history;

    String organisationStudentName() {
        return students.activeInClass(organisation.classes(Demo.YANJI.code()).get(0).id()).get(0).name();
    }

    @Test
    void headTeacherSeesTasklistInChineseWithTheRosterTask() throws Exception {
        org.camunda.bpm.engine.runtime.ProcessInstance instance =
                rosterVerification.start(organisation.classes(Demo.YANJI.code()).get(0).id());
        ChromeDriver driver = Browser.start("zh-CN");
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
            wait.until(d -> d.getPageSource().contains("用户名"));
            Browser.screenshot(driver, "tasklist-login-zh");
            driver.findElement(By.cssSelector("input[type=text]")).sendKeys(Demo.user(Demo.YANJI, SchoolRole.HEAD_TEACHER));
            driver.findElement(By.cssSelector("input[type=password]")).sendKeys(Demo.PASSWORD);
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(d -> d.getPageSource().contains(IdentitySync.FILTER_UNIT));
            wait.until(d -> d.getPageSource().contains("班主任核对班级名单"));
            Browser.screenshot(driver, "tasklist-tasks-zh");
            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains(IdentitySync.FILTER_MINE, IdentitySync.FILTER_UNIT, "班主任核对班级名单");
            assertThat(page).doesNotContain("Sign out", "Filters", "Add a simple filter");
            // no standalone tasks and no process starts from Tasklist: those actions are hidden
            assertThat(page).doesNotContain("创建任务", "启动流程");
            // the community edition's end-of-life banner is hidden (user-styles.css)
            assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).isNotEmpty()
                    .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());

            // the Camunda Form shows the roster table from the task-local JSON variable
            driver.findElement(By.xpath("//*[contains(text(),'班主任核对班级名单')]")).click();
            wait.until(d -> d.getPageSource().contains("在籍学生名单"));
            String firstStudent = organisationStudentName();
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(firstStudent));
            Browser.screenshot(driver, "tasklist-roster-form-zh");
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("名单无误", "****");

            // the head teacher confirms the roster through the form and completes the task in Tasklist
            Browser.click(driver, driver.findElement(By.cssSelector("input[type=checkbox]")));
            Browser.click(driver, driver.findElement(By.xpath("//button[normalize-space()='完成']")));
            wait.until(d -> history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                    .finished().count() == 1);
            Browser.screenshot(driver, "tasklist-completed-zh");
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .variableName("rosterCorrect").singleResult().getValue()).isEqualTo(Boolean.TRUE);
        } finally {
            driver.quit();
        }
    }
}
