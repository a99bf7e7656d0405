package cn.jledu.studentstatus.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.IdentitySync;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.registration.RegistrationContract;
import cn.jledu.studentstatus.registration.RegistrationProcess;
import cn.jledu.studentstatus.registration.RegistrationService;
import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14 "Tasklist lists that read": ten registration reviews waiting for 长春市教育局 — batches of a city-run and
 * of a county-run school (after the county's check), registered in different months — read differently in the
 * list without opening any: each shows its school, the batch and its size, and its due date (R-REG-6: end of the
 * month of enrolment), soonest first. The screenshot illustrates docs/user-guide.md.
 */
@IntegrationTest
class TenTasksOfOneKindBrowserTest {

    static final Intake AUTUMN_2026 = new Intake(2026, Season.AUTUMN);
    static final String[] NAMES = {"刘子涵", "王梓萱", "张浩宇", "李欣怡", "陈俊杰", "杨雨涵", "黄宇航"};

    @LocalServerPort
    int port;
    @Autowired
    RegistrationProcess registrations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessDriver process;

    final List<String> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        started.forEach(id -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtime.deleteProcessInstance(id, "browser test finished");
            }
        });
        EngineClock.reset();
    }

    @Test
    void rReg6TenRegistrationReviewsForTheCityBureauEachShowSchoolBatchAndDueDate() throws Exception {
        // registered on five days in September and October: due at the end of each month
        int[][] days = {{9, 14}, {9, 21}, {10, 12}, {10, 19}, {10, 26}};
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            EngineClock.set(LocalDateTime.of(2026, days[i][0], days[i][1], 10, 0));
            titles.add(submit(Demo.CITY_SCHOOL, 21 + i, false));
            titles.add(submit(Demo.NONGAN, 31 + i, true));
        }
        // the reviewer's working day: the September batches are overdue, the October ones due in a few days
        EngineClock.set(LocalDateTime.of(2026, 10, 27, 9, 0));
        assertThat(titles).doesNotHaveDuplicates().hasSize(10);

        try (TasklistSession ui = new TasklistSession(port, "ten-tasks")) {
            ui.driver().manage().window().setSize(new Dimension(1280, 1500));
            ui.signIn("changchun-bureau").filter(IdentitySync.FILTER_UNIT, titles.get(0));
            for (String title : titles) {
                ui.waitFor(title);
            }
            String list = ui.listText();
            assertThat(list).contains(Demo.CITY_SCHOOL.name(), Demo.NONGAN.name());
            List<WebElement> items = ui.driver().findElements(By.cssSelector(".tasks-list > li, .tasks-list li.task"));
            List<String> shown = items.stream().map(WebElement::getText)
                    .filter(t -> titles.stream().anyMatch(t::contains)).toList();
            assertThat(shown).as("ten tasks, each reading differently").hasSize(10).doesNotHaveDuplicates();
            // sorted by due date: the September batches come first
            assertThat(shown.get(0)).containsAnyOf(titles.get(0), titles.get(1), titles.get(2), titles.get(3));
            ui.shot("city-bureau-ten-registrations");
        }
    }

    private String submit(DemoSchool school, int count, boolean throughCounty) {
        String major = school.majors().get(0);
        List<cn.jledu.studentstatus.registration.Applicant> applicants = IntStream.rangeClosed(1, count)
                .mapToObj(i -> Applicants.junior(major).row(i + 1).name(NAMES[(i + count) % NAMES.length]).build()).toList();
        RegistrationService.Submission s = Demo.asRegistrar(school,
                () -> registrations.submit(school.code(), AUTUMN_2026, applicants, "TEST", null, null, false));
        assertThat(s.problems()).isEmpty();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId())
                .singleResult();
        started.add(instance.getId());
        Map<String, Object> approve = Map.of(RegistrationContract.Vars.DECISION, RegistrationContract.APPROVE);
        process.complete(instance, RegistrationContract.TASK_AFFAIRS,
                GroupIds.school(school.code(), SchoolRole.STUDENT_AFFAIRS), approve);
        process.complete(instance, RegistrationContract.TASK_PRINCIPAL,
                GroupIds.school(school.code(), SchoolRole.PRINCIPAL), approve);
        if (throughCounty) {
            process.complete(instance, RegistrationContract.TASK_COUNTY, GroupIds.bureauReviewer(school.bureau()),
                    approve);
        }
        String name = process.task(instance).getName();
        assertThat(name).startsWith("教育行政部门注册审核：新生注册：" + school.name()).endsWith("共" + count + "人");
        return name.substring("教育行政部门注册审核：".length());
    }
}
