package cn.jledu.studentstatus.sanction;

import static cn.jledu.studentstatus.sanction.SanctionContract.Vars;

import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of the sanction processes: the only code that starts or correlates them. */
@Component
public class SanctionProcess {

    private final RuntimeService runtime;
    private final SanctionService service;
    private final StudentRecords records;

    SanctionProcess(RuntimeService runtime, SanctionService service, StudentRecords records) {
        this.runtime = runtime;
        this.service = service;
        this.records = records;
    }

    /** Records the proposal and starts the process; the business key is the case key CF-&lt;studentId&gt;-&lt;n&gt;. */
    @Transactional
    public ProcessInstance propose(long studentId, String facts, SanctionLevel level, ExpulsionGround ground) {
        String caseKey = service.propose(studentId, facts, level, ground);
        if (level == SanctionLevel.EXPULSION) { // PROC-1: released by sanctionEnded when the process ends
            records.claimProcedure(studentId, StudentProcedure.EXPULSION, caseKey);
        }
        SanctionCase c = service.get(caseKey);
        Student s = service.student(studentId);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.SCHOOL_CODE, c.schoolCode());
        vars.put(Vars.STUDENT_ID, studentId);
        vars.put(Vars.CASE_TITLE, "学生处分：" + s.name() + "（拟" + level.label() + "）");
        vars.put(Vars.CASE_SUMMARY, service.summary(caseKey));
        vars.put(Vars.DECIDED_LEVEL, level.name());
        ProcessInstance instance = runtime.startProcessInstanceByKey(SanctionContract.PROCESS_KEY, caseKey, vars);
        service.processStarted(caseKey, instance.getId());
        return instance;
    }

    /** R-APL-1: the student's appeal to the school's appeal committee, within the school appeal window. */
    @Transactional
    public void lodgeSchoolAppeal(String caseKey, String reasons) {
        service.lodgeSchoolAppeal(caseKey, reasons);
        correlate(caseKey, SanctionContract.MESSAGE_SCHOOL_APPEAL, Map.of(Vars.SCHOOL_APPEAL_REASONS, reasons.trim()),
                "R-APL-1", "校内申诉期已过或本案件不在等待申诉的阶段。");
    }

    /** R-APL-2: a written appeal received by the supervising bureau within 15 working days. */
    @Transactional
    public void lodgeBureauAppeal(String caseKey, LocalDate receivedOn, String reasons) {
        Object reviewReceived = variable(caseKey, Vars.REVIEW_DECISION_RECEIVED_ON);
        service.lodgeBureauAppeal(caseKey, receivedOn,
                reviewReceived == null ? null : LocalDate.parse(reviewReceived.toString()), reasons);
        correlate(caseKey, SanctionContract.MESSAGE_BUREAU_APPEAL, Map.of(Vars.BUREAU_APPEAL_RECEIVED_ON,
                receivedOn.toString(), Vars.BUREAU_APPEAL_REASONS, reasons.trim()), "R-APL-2",
                "书面申诉期已过或本案件不在等待书面申诉的阶段。");
    }

    /** R-SAN-2: starts the revocation of a final warning … probation after improvement. */
    @Transactional
    public ProcessInstance proposeRevocation(String caseKey, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-SAN-2", "请写明学生改正进步的情况。");
        }
        service.checkRevocable(caseKey);
        SanctionCase c = service.get(caseKey);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(SanctionContract.REVOCATION_PROCESS_KEY)
                .processInstanceBusinessKey(caseKey).count() > 0) {
            throw new RuleViolation("R-SAN-2", "本处分已有撤销申请在审批中。");
        }
        Student s = service.student(c.studentId());
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.SCHOOL_CODE, c.schoolCode());
        vars.put(Vars.STUDENT_ID, c.studentId());
        vars.put(Vars.CASE_TITLE, "撤销处分：" + s.name() + "（" + c.level().label() + "）");
        vars.put(Vars.CASE_SUMMARY, service.summary(caseKey) + "\n改正进步情况：" + reason.trim());
        vars.put(Vars.REVOCATION_REASON, reason.trim());
        return runtime.startProcessInstanceByKey(SanctionContract.REVOCATION_PROCESS_KEY, caseKey, vars);
    }

    private Object variable(String caseKey, String name) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(SanctionContract.PROCESS_KEY)
                .processInstanceBusinessKey(caseKey).singleResult();
        return instance == null ? null : runtime.getVariable(instance.getId(), name);
    }

    private void correlate(String caseKey, String message, Map<String, Object> vars, String ruleId, String refusal) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseKey).setVariables(vars)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new RuleViolation(ruleId, refusal);
        }
    }
}
