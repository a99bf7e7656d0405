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
import org.camunda.bpm.engine.runtime.ActivityInstance;
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

    /**
     * R-APL-1: the student's appeal to the school's appeal committee, made on {@code madeOn} (the decisive date).
     * Within the window it meets the waiting process; made in time but entered after the window's timer fired, it
     * reopens the case (see {@link #reopen}).
     */
    @Transactional
    public void lodgeSchoolAppeal(String caseKey, LocalDate madeOn, String reasons) {
        ProcessInstance running = instance(caseKey);
        boolean reopens = service.lodgeSchoolAppeal(caseKey, madeOn, reasons);
        if (reopens) {
            reopen(caseKey, running, "SCHOOL", Map.of(Vars.SCHOOL_APPEAL_REASONS, reasons.trim(),
                    Vars.SCHOOL_APPEAL_MADE_ON, madeOn.toString()));
            return;
        }
        correlate(caseKey, SanctionContract.MESSAGE_SCHOOL_APPEAL, Map.of(Vars.SCHOOL_APPEAL_REASONS, reasons.trim(),
                        Vars.SCHOOL_APPEAL_MADE_ON, madeOn.toString()), "R-APL-1",
                "本案件不在等待校内申诉的阶段（请先登记处分决定书的送达）。");
    }

    /**
     * R-APL-2: a written appeal made by the student on {@code madeOn} (decisive for the 15 working days) and received
     * by the supervising bureau on {@code receivedOn} (the start of its 30 working days, R-APL-3).
     */
    @Transactional
    public void lodgeBureauAppeal(String caseKey, LocalDate madeOn, LocalDate receivedOn, String reasons) {
        ProcessInstance running = instance(caseKey);
        boolean reopens = service.lodgeBureauAppeal(caseKey, madeOn, receivedOn, reasons);
        Map<String, Object> vars = Map.of(Vars.BUREAU_APPEAL_RECEIVED_ON, receivedOn.toString(),
                Vars.BUREAU_APPEAL_MADE_ON, madeOn.toString(), Vars.BUREAU_APPEAL_REASONS, reasons.trim());
        if (reopens) {
            reopen(caseKey, running, "BUREAU", vars);
            return;
        }
        correlate(caseKey, SanctionContract.MESSAGE_BUREAU_APPEAL, vars, "R-APL-2",
                "本案件不在等待书面申诉的阶段（请先登记复查决定书的送达）。");
    }

    /**
     * 送达: records the day the student received a letter of the case; the receipt of the decision letter or of the
     * review decision starts the appeal window the process waits for (its timer is created from this date).
     */
    @Transactional
    public void recordDelivery(String caseKey, long notificationId, LocalDate receivedOn, String method) {
        SanctionService.Receipt receipt = service.recordDelivery(caseKey, notificationId, receivedOn, method);
        String message = switch (receipt.window()) {
            case SCHOOL -> SanctionContract.MESSAGE_DECISION_DELIVERED;
            case BUREAU -> SanctionContract.MESSAGE_REVIEW_DECISION_DELIVERED;
            case NONE -> null;
        };
        if (message != null) { // no waiting process (e.g. a reopened case): the receipt is recorded only
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseKey)
                    .setVariable(receiptVariable(receipt.window()), receivedOn.toString()).correlateAllWithResult();
        }
    }

    /**
     * Corrects a recorded receipt (audited). A window still open is counted again from the corrected day: the
     * waiting gateway is entered anew, so its timer is created from the corrected date.
     */
    @Transactional
    public void correctDelivery(String caseKey, long notificationId, LocalDate receivedOn, String reason) {
        SanctionService.Receipt receipt = service.correctDelivery(caseKey, notificationId, receivedOn, reason);
        String gateway = switch (receipt.window()) {
            case SCHOOL -> SanctionContract.GATEWAY_SCHOOL_APPEAL_WINDOW;
            case BUREAU -> SanctionContract.GATEWAY_BUREAU_APPEAL_WINDOW;
            case NONE -> null;
        };
        ProcessInstance running = instance(caseKey);
        if (gateway == null || running == null) {
            return;
        }
        ActivityInstance[] waiting = runtime.getActivityInstance(running.getId()).getActivityInstances(gateway);
        if (waiting.length == 1) {
            runtime.setVariable(running.getId(), receiptVariable(receipt.window()), receivedOn.toString());
            runtime.createProcessInstanceModification(running.getId()).startBeforeActivity(gateway)
                    .cancelActivityInstance(waiting[0].getId()).execute(true, true);
        }
    }

    private static String receiptVariable(SanctionService.Window window) {
        return window == SanctionService.Window.SCHOOL ? Vars.DECISION_RECEIVED_ON : Vars.REVIEW_DECISION_RECEIVED_ON;
    }

    /**
     * Restarts a case that a late-entered, timely appeal reopened: a running instance (an expulsion waiting to be
     * filed) is ended, the case holds the student again if it is an expulsion (PROC-1), and a new instance starts at
     * the message start event 按期申诉逾期登记 and resumes at the review of that stage.
     */
    private void reopen(String caseKey, ProcessInstance running, String stage, Map<String, Object> appealVars) {
        if (running != null) {
            runtime.deleteProcessInstance(running.getId(), "按期提出、逾期登记的申诉重新开启案件");
        }
        SanctionCase c = service.get(caseKey);
        if (c.level() == SanctionLevel.EXPULSION) {
            records.claimProcedure(c.studentId(), StudentProcedure.EXPULSION, caseKey);
        }
        Map<String, Object> vars = caseVariables(c, "学生申诉：");
        vars.putAll(appealVars);
        vars.put(Vars.REOPENED_STAGE, stage);
        vars.put(Vars.DECIDED_LEVEL, c.level().name());
        runtime.createMessageCorrelation(SanctionContract.MESSAGE_APPEAL_REOPENED).processInstanceBusinessKey(caseKey)
                .setVariables(vars).correlateStartMessage();
    }

    private Map<String, Object> caseVariables(SanctionCase c, String titlePrefix) {
        Student s = service.student(c.studentId());
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.SCHOOL_CODE, c.schoolCode());
        vars.put(Vars.STUDENT_ID, c.studentId());
        vars.put(Vars.CASE_TITLE, titlePrefix + s.name() + "（" + c.level().label() + "）");
        vars.put(Vars.CASE_SUMMARY, service.summary(c.caseKey()));
        return vars;
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

    private ProcessInstance instance(String caseKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(SanctionContract.PROCESS_KEY)
                .processInstanceBusinessKey(caseKey).singleResult();
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
