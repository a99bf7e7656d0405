package cn.jledu.studentstatus.calendar;

import cn.jledu.studentstatus.platform.AppClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Due dates the calendar computed for waiting timers and tasks ({@code calendar_deadline}), and their
 * recalculation after the holiday data changed: a timer job or task of the same execution whose due date is
 * still the recorded one gets the newly computed date ({@code ManagementService.setJobDuedate},
 * {@code Task.setDueDate}). Jobs that failed with CAL-1 (missing year) get their retries back.
 */
@Service
public class CalendarDeadlines {

    /** What a recalculation changed. */
    public record Recalculation(int timersMoved, int tasksMoved, int unchanged, int stillMissingData,
                                int failedJobsRetried) {
    }

    private record Tracked(long id, String executionId, LocalDate from, int workingDays, String regionOf,
                           Instant dueAt) {
    }

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final ManagementService management;
    private final TaskService tasks;

    CalendarDeadlines(JdbcClient jdbc, WorkingDayCalendar calendar, @Lazy ManagementService management,
                      @Lazy TaskService tasks) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.management = management;
        this.tasks = tasks;
    }

    void track(String processInstanceId, String executionId, LocalDate from, int workingDays, String regionOf,
               Instant dueAt) {
        jdbc.sql("DELETE FROM calendar_deadline WHERE execution_id = ? AND from_date = ? AND working_days = ? "
                        + "AND region_of = ?")
                .params(executionId, from, workingDays, regionOf).update();
        jdbc.sql("""
                        INSERT INTO calendar_deadline (process_instance_id, execution_id, from_date, working_days,
                          region_of, due_at, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(processInstanceId, executionId, from, workingDays, regionOf,
                        OffsetDateTime.ofInstant(dueAt, AppClock.ZONE), AppClock.nowOffset())
                .update();
    }

    /** Recomputes every tracked due date that still belongs to a waiting timer or task. */
    public Recalculation recalculate() {
        int timers = 0;
        int taskCount = 0;
        int unchanged = 0;
        int missing = 0;
        for (Tracked t : tracked()) {
            List<Job> jobs = management.createJobQuery().executionId(t.executionId()).timers().list().stream()
                    .filter(j -> j.getDuedate() != null && j.getDuedate().toInstant().equals(t.dueAt())).toList();
            List<Task> waiting = tasks.createTaskQuery().executionId(t.executionId()).list().stream()
                    .filter(k -> k.getDueDate() != null && k.getDueDate().toInstant().equals(t.dueAt())).toList();
            if (jobs.isEmpty() && waiting.isEmpty()) {
                jdbc.sql("DELETE FROM calendar_deadline WHERE id = ?").param(t.id()).update();
                continue;
            }
            Instant due;
            try {
                due = calendar.deadline(t.from(), t.workingDays(), t.regionOf());
            } catch (CalendarDataMissing e) {
                missing++;
                continue;
            }
            if (due.equals(t.dueAt())) {
                unchanged++;
                continue;
            }
            for (Job job : jobs) {
                management.setJobDuedate(job.getId(), Date.from(due));
                timers++;
            }
            for (Task task : waiting) {
                task.setDueDate(Date.from(due));
                tasks.saveTask(task);
                taskCount++;
            }
            jdbc.sql("UPDATE calendar_deadline SET due_at = ?, computed_at = ? WHERE id = ?")
                    .params(OffsetDateTime.ofInstant(due, AppClock.ZONE), AppClock.nowOffset(), t.id()).update();
        }
        int retried = 0;
        for (Job job : management.createJobQuery().withException().list()) {
            if (job.getExceptionMessage() != null && job.getExceptionMessage().contains(CalendarDataMissing.RULE_ID)) {
                management.setJobRetries(job.getId(), 3);
                retried++;
            }
        }
        return new Recalculation(timers, taskCount, unchanged, missing, retried);
    }

    private List<Tracked> tracked() {
        return jdbc.sql("SELECT id, execution_id, from_date, working_days, region_of, due_at FROM calendar_deadline "
                        + "ORDER BY id")
                .query((rs, n) -> new Tracked(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getInt(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }
}
