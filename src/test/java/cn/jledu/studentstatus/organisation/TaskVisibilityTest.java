package cn.jledu.studentstatus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.rosterverification.RosterVerificationProcess;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Authorization: staff see their own school's tasks and never another school's, in the engine and over REST. */
@IntegrationTest
class TaskVisibilityTest {

    @Autowired
    RosterVerificationProcess process;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessDriver driver;

    @Test
    void headTeacherSeesOwnSchoolTaskButNotAnotherSchools() {
        ProcessInstance nongan = process.start(organisation.classes(Demo.NONGAN.code()).get(0).id());
        ProcessInstance yongji = process.start(organisation.classes(Demo.YONGJI.code()).get(0).id());

        List<String> seenByNongan = visibleInstances(Demo.user(Demo.NONGAN, SchoolRole.HEAD_TEACHER));
        List<String> seenByYongji = visibleInstances(Demo.user(Demo.YONGJI, SchoolRole.HEAD_TEACHER));

        assertThat(seenByNongan).contains(nongan.getId()).doesNotContain(yongji.getId());
        assertThat(seenByYongji).contains(yongji.getId()).doesNotContain(nongan.getId());
    }

    @Test
    void registrarOfAnotherSchoolCannotSeeOrCompleteTheCorrectionTask() {
        ProcessInstance nongan = process.start(organisation.classes(Demo.NONGAN.code()).get(0).id());
        Task verify = taskService.createTaskQuery().processInstanceId(nongan.getId()).singleResult();
        taskService.complete(verify.getId(), java.util.Map.of("rosterCorrect", false, "discrepancies", "姓名有误"));

        assertThat(visibleInstances(Demo.user(Demo.NONGAN, SchoolRole.REGISTRAR))).contains(nongan.getId());
        assertThat(visibleInstances(Demo.user(Demo.YANJI, SchoolRole.REGISTRAR))).doesNotContain(nongan.getId());
        assertThat(visibleInstances(Demo.user(Demo.NONGAN, SchoolRole.HEAD_TEACHER))).doesNotContain(nongan.getId());
        assertThat(visibleInstances("nongan-bureau")).doesNotContain(nongan.getId());
    }

    @Test
    void engineRestShowsTasksOfTheUsersSchoolOnly() {
        ProcessInstance nongan = process.start(organisation.classes(Demo.NONGAN.code()).get(0).id());

        ResponseEntity<JsonNode> own = driver.api(Demo.NONGAN, SchoolRole.HEAD_TEACHER)
                .getForEntity("/engine-rest/task?processInstanceId=" + nongan.getId(), JsonNode.class);
        ResponseEntity<JsonNode> other = driver.api(Demo.YONGJI, SchoolRole.HEAD_TEACHER)
                .getForEntity("/engine-rest/task?processInstanceId=" + nongan.getId(), JsonNode.class);
        ResponseEntity<String> anonymous = driver.anonymous().getForEntity("/engine-rest/task", String.class);

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).hasSize(1);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(other.getBody()).isEmpty();
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void everySchoolAndBureauHasItsGroupsAndFiltersAreShared() {
        for (School school : organisation.schools()) {
            for (SchoolRole role : SchoolRole.values()) {
                assertThat(identityService.createGroupQuery().groupId(GroupIds.school(school.code(), role)).count())
                        .as(school.code() + role).isEqualTo(1);
            }
        }
        for (Bureau bureau : organisation.bureaus()) {
            assertThat(identityService.createGroupQuery().groupId(GroupIds.bureauReviewer(bureau.code())).count())
                    .isEqualTo(1);
        }
        ResponseEntity<JsonNode> filters = driver.api(Demo.NONGAN, SchoolRole.REGISTRAR)
                .getForEntity("/engine-rest/filter", JsonNode.class);
        List<String> names = new ArrayList<>();
        filters.getBody().forEach(f -> names.add(f.get("name").asText()));
        assertThat(names).contains(IdentitySync.FILTER_MINE, IdentitySync.FILTER_UNIT)
                .doesNotContain(IdentitySync.FILTER_ALL);
    }

    private List<String> visibleInstances(String userId) {
        return driver.asEngineUser(userId,
                () -> taskService.createTaskQuery().list().stream().map(Task::getProcessInstanceId).toList());
    }
}
