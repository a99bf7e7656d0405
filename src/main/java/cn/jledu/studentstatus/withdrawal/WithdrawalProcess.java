package cn.jledu.studentstatus.withdrawal;

import static cn.jledu.studentstatus.withdrawal.WithdrawalContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.WithdrawalProposals;
import cn.jledu.studentstatus.withdrawal.WithdrawalService.WithdrawalCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of processes/withdrawal.bpmn: starts a withdrawal case on application (R-WDR-1) or as the system's proposal
 * to the school (R-WDR-2: {@link WithdrawalProposals}, asked by the suspension timers and the attendance import).
 */
@Component
public class WithdrawalProcess implements WithdrawalProposals {

    /** What an attendance import did. */
    public record AttendanceImport(int proposals, List<String> caseKeys) {
    }

    private final RuntimeService runtime;
    private final WithdrawalService service;
    private final Organisation organisation;

    WithdrawalProcess(RuntimeService runtime, WithdrawalService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    @Transactional
    public ProcessInstance apply(long studentId, String reason, LocalDate leavingDate) {
        return start(service.checkApplication(studentId, reason, leavingDate));
    }

    @Override
    @Transactional
    public boolean propose(long studentId, Ground ground, String evidence, String sourceKey) {
        WithdrawalService.ProposalOutcome outcome = service.propose(studentId, ground, evidence, sourceKey);
        if (outcome.newCaseKey() != null) {
            start(service.withdrawalCase(outcome.newCaseKey()));
            return true;
        }
        if (outcome.joinedCaseKey() != null) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(outcome.joinedCaseKey()).list()
                    .forEach(p -> runtime.setVariable(p.getId(), Vars.CASE_SUMMARY,
                            service.withdrawalCase(outcome.joinedCaseKey()).evidence()));
        }
        return false;
    }

    /** Imports a semester's attendance and proposes a withdrawal for every student crossing R-WDR-2's thresholds. */
    @Transactional
    public AttendanceImport importAttendance(String schoolCode, int schoolYear, int termNo, String fileName,
                                             byte[] content) {
        List<String> started = new ArrayList<>();
        for (WithdrawalService.AttendanceFinding f : service.storeAttendance(schoolCode, schoolYear, termNo, fileName,
                content)) {
            if (propose(f.studentId(), f.ground(), f.evidence(), f.sourceKey())) {
                started.add(service.casesOf(f.studentId()).get(service.casesOf(f.studentId()).size() - 1).caseKey());
            }
        }
        return new AttendanceImport(started.size(), started);
    }

    private ProcessInstance start(WithdrawalCase c) {
        Student s = service.student(c.studentId());
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.STUDENT_ID, s.id());
        vars.put(Vars.SCHOOL_CODE, s.schoolCode());
        vars.put(Vars.SCHOOL_NAME, organisation.school(s.schoolCode()).name());
        vars.put(Vars.STUDENT_NAME, s.name());
        vars.put(Vars.CASE_TITLE, service.caseTitle(s));
        vars.put(Vars.CASE_SUMMARY, c.evidence());
        vars.put(Vars.INITIATIVE, c.initiative().name());
        vars.put(Vars.INITIATIVE_LABEL, c.initiative().label());
        return runtime.startProcessInstanceByKey(WithdrawalContract.PROCESS_KEY, c.caseKey(), vars);
    }
}
