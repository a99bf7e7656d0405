package cn.jledu.studentstatus.deathreport;

import static cn.jledu.studentstatus.deathreport.DeathReportContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.platform.CaseVariables;
import cn.jledu.studentstatus.student.Student;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of processes/death-report.bpmn. Filing a death records it, then ends every running case of the student
 * (R-DTH-1): the one holding the student (procedure lock, by business key) and any other instance about the student
 * ({@code studentId}); each is deleted through the engine with the reason, which Cockpit's history shows, and an
 * audit record names it. Their own end listeners release the lock.
 */
@Component
public class DeathReportProcess {

    private final RuntimeService runtime;
    private final DeathReportService service;
    private final Organisation organisation;

    DeathReportProcess(RuntimeService runtime, DeathReportService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    @Transactional
    public ProcessInstance report(long studentId, LocalDate diedOn, String circumstances) {
        Student s = service.student(studentId);
        String caseKey = DeathReportService.caseKey(s);
        service.recordDeath(studentId, diedOn, circumstances, caseKey);
        String reason = "学生已死亡（死亡报告 " + caseKey + "，R-DTH-1），本案件终止";
        Map<String, ProcessInstance> running = new LinkedHashMap<>();
        service.runningProcedure(s.id()).ifPresent(lock -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(lock.caseKey()).list().forEach(p -> running.put(p.getId(), p)));
        runtime.createProcessInstanceQuery().variableValueEquals(CaseVariables.STUDENT_ID, s.id()).list()
                .forEach(p -> running.put(p.getId(), p));
        for (ProcessInstance p : running.values()) {
            runtime.deleteProcessInstance(p.getId(), reason);
            service.procedureEnded(s.id(), p.getBusinessKey(), reason);
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.STUDENT_ID, s.id());
        vars.put(Vars.SCHOOL_CODE, s.schoolCode());
        vars.put(Vars.SCHOOL_NAME, organisation.school(s.schoolCode()).name());
        vars.put(Vars.STUDENT_NAME, s.name());
        vars.put(Vars.CASE_TITLE, "学生死亡报告：" + s.name() + "（学籍号 " + s.studentNumber() + "）");
        vars.put(Vars.CASE_SUMMARY, diedOn + "死亡：" + circumstances.strip() + (running.isEmpty() ? ""
                : "；已终止正在办理的案件：" + String.join("、", running.values().stream()
                .map(ProcessInstance::getBusinessKey).toList())));
        vars.put(Vars.COUNTY_LEVEL, service.countyLevel(s.schoolCode()));
        vars.put(Vars.CITY_LEVEL, service.cityLevel(s.schoolCode()));
        return runtime.startProcessInstanceByKey(DeathReportContract.PROCESS_KEY, caseKey, vars);
    }
}
