package cn.jledu.studentstatus.transfer;

import cn.jledu.studentstatus.organisation.StaffScope;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 转学: the out-school's registrar records the application; both schools and their supervisors read the case. */
@RestController
class TransferController {

    record Started(String processInstanceId, String caseKey) {
    }

    /** A transfer case as both schools and both bureaus read it. */
    record CaseView(String caseKey, long studentId, String outSchoolCode, String inSchoolCode, String inMajorCode,
                    String ground, String state, String eligibility, LocalDate effectiveOn, Long newStudentId,
                    String refusedBy, String refusalReason) {
    }

    private final TransferService service;
    private final TransferProcess process;
    private final StaffScope access;

    TransferController(TransferService service, TransferProcess process, StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @PostMapping("/api/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    Started apply(@RequestBody TransferService.Application application) {
        access.registrarSchool(service.student(application.studentId()).schoolCode());
        ProcessInstance instance = process.apply(application);
        return new Started(instance.getId(), instance.getBusinessKey());
    }

    /** R-TRF-5: a joint programme's batch, by the out-school's registrar. */
    @PostMapping("/api/transfers/batches")
    @ResponseStatus(HttpStatus.CREATED)
    Started applyBatch(@RequestBody TransferService.BatchApplication application) {
        if (application.studentIds() == null || application.studentIds().isEmpty()) {
            throw new cn.jledu.studentstatus.platform.RuleViolation("R-TRF-5", "请列明批量转学的学生。", HttpStatus.BAD_REQUEST);
        }
        for (Long id : application.studentIds()) {
            access.registrarSchool(service.student(id).schoolCode());
        }
        ProcessInstance instance = process.applyBatch(application);
        return new Started(instance.getId(), instance.getBusinessKey());
    }

    @GetMapping("/api/transfers/{caseKey}")
    CaseView read(@PathVariable String caseKey) {
        TransferCase c = service.get(caseKey);
        if (!access.mayRead(c.outSchoolCode())) {
            access.requireRead(c.inSchoolCode(), "无权查看其他学校的转学案件。");
        }
        return view(c);
    }

    /** The transfers of a student record (either the out-school's or the in-school's record). */
    @GetMapping("/api/students/{studentId}/transfers")
    List<CaseView> ofStudent(@PathVariable long studentId) {
        access.requireRead(service.student(studentId).schoolCode());
        return service.ofStudent(studentId).stream().map(TransferController::view).toList();
    }

    private static CaseView view(TransferCase c) {
        return new CaseView(c.caseKey(), c.studentId(), c.outSchoolCode(), c.inSchoolCode(), c.inMajorCode(),
                c.ground().label(), c.state().name(), c.eligibility(), c.effectiveOn(), c.newStudentId(),
                c.refusedBy(), c.refusalReason());
    }
}
