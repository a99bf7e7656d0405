package cn.jledu.studentstatus.monthlyreport;

import static cn.jledu.studentstatus.monthlyreport.MonthlyReportContract.Vars;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CaseVariables;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of processes/monthly-report.bpmn: the only code that starts its cases. The diagram's timer start event
 * (first day of each month) runs {@link #openMonth}, which starts one case per open school from the diagram's
 * message start event (Camunda allows no none start event beside a timer start event).
 */
@Component
public class MonthlyReportProcess {

    /** A task past its due date, for the oversight page. */
    public record OverdueTask(String schoolCode, String name, String processDefinitionKey, Date due, String caseKey) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final MonthlyReportService service;

    MonthlyReportProcess(RuntimeService runtime, TaskService tasks, MonthlyReportService service) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.service = service;
    }

    /** Opens the month's report case of every open school that has none yet (R-MON-1); idempotent. */
    @Transactional
    public List<ProcessInstance> openMonth(YearMonth month) {
        List<ProcessInstance> opened = new ArrayList<>();
        for (String school : service.openSchools()) {
            if (!service.exists(school, month)) {
                opened.add(openSchoolMonth(school, month));
            }
        }
        return opened;
    }

    /** Opens one school's report case of the month (refused for a closed school or a second case, R-MON-1/5). */
    @Transactional
    public ProcessInstance openSchoolMonth(String schoolCode, YearMonth month) {
        Map<String, Object> vars = service.open(schoolCode, month);
        return runtime.startProcessInstanceByMessage(MonthlyReportContract.MESSAGE_SCHOOL_MONTH,
                MonthlyReportService.caseKey(schoolCode, month), vars);
    }

    /** The current month's case opening, as the timer start event runs it. */
    @Transactional
    public List<ProcessInstance> openCurrentMonth() {
        return openMonth(YearMonth.from(AppClock.today()));
    }

    /**
     * Makes a reminder visible in Tasklist: the case's open school tasks (preparing or signing the report) get the
     * reminder as their description and a follow-up date of now, so the filter 即将超期 lists them at once.
     */
    @Transactional
    public int bringForward(String processInstanceId, String reminder) {
        Date now = Date.from(AppClock.now());
        int changed = 0;
        for (Task t : tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(MonthlyReportContract.TASK_PREPARE, MonthlyReportContract.TASK_SIGN).active().list()) {
            t.setDescription(reminder);
            if (t.getFollowUpDate() == null || t.getFollowUpDate().after(now)) {
                t.setFollowUpDate(now);
            }
            tasks.saveTask(t);
            changed++;
        }
        return changed;
    }

    /** Open tasks of every procedure of these schools whose due date has passed, oldest due first. */
    public List<OverdueTask> overdueTasks(Collection<String> schoolCodes) {
        List<OverdueTask> overdue = new ArrayList<>();
        Date now = Date.from(AppClock.now());
        for (String school : schoolCodes) {
            for (Task t : tasks.createTaskQuery().processVariableValueEquals(CaseVariables.SCHOOL_CODE, school)
                    .dueBefore(now).active().orderByDueDate().asc().list()) {
                String key = t.getProcessDefinitionId() == null ? null : t.getProcessDefinitionId().split(":")[0];
                ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId())
                        .singleResult();
                String caseKey = pi == null ? null : pi.getBusinessKey();
                overdue.add(new OverdueTask(school, t.getName(), key, t.getDueDate(), caseKey));
            }
        }
        return overdue;
    }
}
