package cn.jledu.studentstatus.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.graduation.GraduationContract;
import cn.jledu.studentstatus.graduation.GraduationFixtures;
import cn.jledu.studentstatus.graduation.GraduationProcess;
import cn.jledu.studentstatus.graduation.GraduationService;
import cn.jledu.studentstatus.graduation.GraduationTerms;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-GRD-4: in Tasklist the stamping bureau's reviewer sees the list and a link to the stamping sheet in the task. */
@IntegrationTest
class StampingTaskBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    GraduationProcess graduations;
    @Autowired
    GraduationService service;
    @Autowired
    ProcessDriver process;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    StudentRepository students;

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void theStampingBureauSeesTheListAndTheSheetInsideTheTask() throws Exception {
        // the real clock (the webapp sign-in does not like a moved one): a list for 2029, due after today
        String school = Demo.CITY_SCHOOL.code();
        List<Long> ids = new GraduationFixtures(jdbc).insert(school, organisation.classes(school).get(0).majorCode(),
                2026, "FULL_TIME", 3, GraduationFixtures.Profile.ELIGIBLE);
        ProcessInstance instance = graduations.submit(school, new GraduationService.Submission(
                GraduationTerms.withoutCredits(2029), LocalDate.of(2029, 7, 1), LocalDate.of(2029, 7, 20), ids, Set.of(),
                List.of()));
        process.complete(instance, GraduationContract.TASK_REVIEW_LIST, cn.jledu.studentstatus.organisation.GroupIds.bureauReviewer("220100"),
                Map.of(GraduationContract.Vars.LIST_DECISION, GraduationContract.APPROVE));
        process.runSingleAsync(instance);
        process.complete(instance, GraduationContract.TASK_SUBMIT,
                cn.jledu.studentstatus.organisation.GroupIds.school(school,
                        cn.jledu.studentstatus.organisation.SchoolRole.REGISTRAR),
                Map.of(GraduationContract.Vars.PRINTED, true));
        long sheet = ((Number) runtime.getVariable(instance.getId(), GraduationContract.Vars.SHEET_PDF_ID)).longValue();
        String name = students.find(ids.get(0)).orElseThrow().name();

        ChromeDriver driver = Browser.start("zh-CN");
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            Browser.signIn(driver, port, "changchun-bureau", Demo.PASSWORD);
            Browser.click(driver, driver.findElement(By.xpath("//*[contains(text(),'" + cn.jledu.studentstatus.organisation.IdentitySync.FILTER_UNIT + "')]")));
            String taskName = "证书验印：" + Demo.CITY_SCHOOL.name();
            wait.until(d -> d.getPageSource().contains(taskName));
            // the task's name, not the 事项 column (a variable value) that may repeat it
            Browser.click(driver, driver.findElement(By.xpath("//*[contains(text(),'" + taskName
                    + "')][not(contains(@class,'variable-value'))]")));
            wait.until(d -> d.getPageSource().contains("查看毕业证书验印单（PDF）") && d.getPageSource().contains(name));
            Browser.screenshot(driver, "stamping-task-zh");
            WebElement link = driver.findElement(By.linkText("查看毕业证书验印单（PDF）"));
            assertThat(link.getAttribute("href")).endsWith("/api/documents/" + sheet);
            assertThat(driver.getPageSource()).contains("毕业生、结业生名单", "已导入学校的证书编号模板");
        } finally {
            driver.quit();
        }
    }
}
