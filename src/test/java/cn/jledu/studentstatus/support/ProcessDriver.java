package cn.jledu.studentstatus.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.organisation.SchoolRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.stereotype.Component;

/**
 * The one way tests drive a process: run its jobs (asynchronous continuations, due timers), move the engine clock
 * ({@link EngineClock}, Asia/Shanghai), act as a user (engine authentication, API calls), find and complete its
 * tasks, and read the text of the PDFs it produced. The static helpers ({@link #pdfText}, {@link #flat}) need no
 * Spring; the rest is a bean of every {@link IntegrationTest}.
 */
@Component
public class ProcessDriver {

    private final ManagementService management;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ObjectProvider<TestRestTemplate> rest;

    ProcessDriver(ManagementService management, TaskService tasks, IdentityService identity,
                  ObjectProvider<TestRestTemplate> rest) {
        this.management = management;
        this.tasks = tasks;
        this.identity = identity;
        this.rest = rest;
    }

    // --- jobs -----------------------------------------------------------------------------------------------

    /**
     * Executes the asynchronous continuations of the instance waiting now (what the job executor, which is off in
     * tests, would do next), once each; returns how many ran. Jobs they create are left for the next call.
     */
    public int runAsync(ProcessInstance instance) {
        List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).messages().list();
        for (Job job : jobs) {
            management.executeJob(job.getId());
        }
        return jobs.size();
    }

    /** The instance's only asynchronous continuation, executed: fails when there is none or more than one. */
    public void runSingleAsync(ProcessInstance instance) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
        assertThat(job).as("one asynchronous continuation of %s", instance.getId()).isNotNull();
        management.executeJob(job.getId());
    }

    /** Jobs of the instance that are due at the engine clock's time (timers due, continuations). */
    public List<Job> dueJobs(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).executable().list();
    }

    /** The instance's only timer job (null if none). */
    public Job timer(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    /** The timer job of a timer event (by its element id) of the instance (null if none). */
    public Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
                .singleResult();
    }

    /** Executes a job now, at the engine clock's time (e.g. a timer the test made due by moving the clock). */
    public void execute(Job job) {
        assertThat(job).as("job").isNotNull();
        management.executeJob(job.getId());
    }

    /** Moves the engine clock to the timer's due date and fires it. */
    public void fireTimer(Job timer) {
        assertThat(timer).as("timer").isNotNull();
        EngineClock.set(timer.getDuedate());
        management.executeJob(timer.getId());
    }

    // --- tasks ----------------------------------------------------------------------------------------------

    /** The instance's only active task (null if none). */
    public Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).active().singleResult();
    }

    /** The instance's active task of this element id; fails when the instance does not wait there. */
    public Task task(ProcessInstance instance, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).active()
                .singleResult();
        assertThat(task).as("task %s of %s", taskKey, instance.getId()).isNotNull();
        return task;
    }

    /** Completes the task of this element id after checking that {@code candidateGroup} may work on it. */
    public void complete(ProcessInstance instance, String taskKey, String candidateGroup, Map<String, Object> vars) {
        Task task = task(instance, taskKey);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .as("candidate groups of %s", taskKey).contains(candidateGroup);
        tasks.complete(task.getId(), vars);
    }

    /**
     * Claims and completes the task of this element id as the user, with the engine's authorization checks on: the
     * task must be visible to the user (a candidate group of theirs) and theirs to complete.
     */
    public void completeAs(String userId, ProcessInstance instance, String taskKey, Map<String, Object> vars) {
        asEngineUser(userId, () -> {
            Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                    .taskCandidateUser(userId).singleResult();
            assertThat(task).as("task %s visible to %s", taskKey, userId).isNotNull();
            tasks.claim(task.getId(), userId);
            tasks.complete(task.getId(), vars);
            return null;
        });
    }

    // --- users ----------------------------------------------------------------------------------------------

    /** The engine groups of a user. */
    public List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /**
     * Runs {@code work} authenticated in the engine as the user with their groups (authorizations apply, as for
     * Tasklist and the engine REST API), then signs out.
     */
    public <T> T asEngineUser(String userId, Supplier<T> work) {
        identity.setAuthentication(userId, groupsOf(userId));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** An HTTP client signed in (HTTP Basic) as a demo user with the demo password. */
    public TestRestTemplate api(String userId) {
        return rest.getObject().withBasicAuth(userId, "admin".equals(userId) ? "admin" : Demo.PASSWORD);
    }

    /** An HTTP client signed in as the demo staff member of the school in the role. */
    public TestRestTemplate api(DemoSchool school, SchoolRole role) {
        return api(Demo.user(school, role));
    }

    /** An HTTP client that sends no credentials. */
    public TestRestTemplate anonymous() {
        return rest.getObject();
    }

    // --- documents ------------------------------------------------------------------------------------------

    /** The text of a PDF as PDFBox extracts it. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text without line breaks and spaces (long paragraphs wrap). */
    public static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }
}
