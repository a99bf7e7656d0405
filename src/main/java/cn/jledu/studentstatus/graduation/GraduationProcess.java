package cn.jledu.studentstatus.graduation;

import static cn.jledu.studentstatus.graduation.GraduationContract.Vars;

import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.platform.AppClock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of processes/graduation.bpmn (R-GRD-1…6): the only code that starts it. */
@Component
public class GraduationProcess {

    private final RuntimeService runtime;
    private final GraduationService service;
    private final Organisation organisation;

    GraduationProcess(RuntimeService runtime, GraduationService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /**
     * The school submits its graduate list (R-GRD-3): checked and recorded by the service, then the supervising
     * bureau reviews it. The stamping deadline the school was given drives the reminder and the escalation.
     */
    @Transactional
    public ProcessInstance submit(String schoolCode, GraduationService.Submission submission) {
        long id = service.submit(schoolCode, submission);
        GraduationService.Graduation g = service.graduation(id);
        Bureau stamping = organisation.bureau(g.stampingBureau());
        String schoolName = organisation.school(schoolCode).name();
        LocalDate deadline = g.stampingDeadline();
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.GRADUATION_ID, id);
        vars.put(Vars.SCHOOL_CODE, schoolCode);
        vars.put(Vars.SCHOOL_NAME, schoolName);
        vars.put(Vars.CASE_TITLE, "毕业证书验印：" + schoolName + " " + g.graduationYear() + "届（毕业 " + g.graduates()
                + " 人，结业 " + g.completers() + " 人）");
        vars.put(Vars.CASE_SUMMARY, service.caseSummary(id));
        vars.put(Vars.GRADUATION_YEAR, g.graduationYear());
        vars.put(Vars.GRADUATE_COUNT, g.graduates());
        vars.put(Vars.COMPLETER_COUNT, g.completers());
        vars.put(Vars.STAMPING_BUREAU, stamping.code());
        vars.put(Vars.STAMPING_BUREAU_NAME, stamping.name());
        // the deadline is the last day: overdue from the start of the next day; reminded some days before
        vars.put(Vars.STAMPING_DEADLINE, startOf(deadline.plusDays(1)));
        vars.put(Vars.STAMPING_REMINDER, startOf(deadline.minusDays(GraduationContract.REMINDER_DAYS_BEFORE)));
        vars.put(Vars.STAMPING_DEADLINE_TEXT, service.deadlineText(id) + "（含当日）");
        vars.put(Vars.REMINDER_NOTE, "");
        vars.put(Vars.STAMP_NOTE, "");
        vars.put(Vars.SUBMIT_NOTE, "");
        return runtime.startProcessInstanceByKey(GraduationContract.PROCESS_KEY, g.caseKey(), vars);
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(AppClock.ZONE).toInstant());
    }
}
