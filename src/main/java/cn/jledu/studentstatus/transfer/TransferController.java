package cn.jledu.studentstatus.transfer;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.archive.ArchiveEntry;
import cn.jledu.studentstatus.student.StatusChange;
import cn.jledu.studentstatus.student.Student;
import java.time.LocalDate;
import java.util.ArrayList;
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
    record CaseView(String caseKey, Long studentId, String outSchoolCode, String inSchoolCode, String inMajorCode,
                    String ground, String state, String eligibility, LocalDate effectiveOn, Long newStudentId,
                    String refusedBy, String refusalReason) {
    }

    /** One record of the person as a reader entitled to it sees it: its status history and archive entries. */
    record HistoryRecord(long studentId, String studentNumber, String schoolCode, String schoolName, String status,
                         List<StatusChange> statusHistory, List<ArchiveEntry> entries) {
    }

    /**
     * The person's continuous history across the records linked by transfers (R-TRF-4), oldest first, as far as
     * the reader is entitled to; {@code continuation} states the transfer beyond that, if any.
     */
    record History(long studentId, String name, List<HistoryRecord> records, String continuation) {
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

    /**
     * R-TRF-3: a general senior-high student transferring in from outside this system, recorded by the in-school's
     * registrar; the in-school's half starts directly.
     */
    @PostMapping("/api/transfers/general-high-school")
    @ResponseStatus(HttpStatus.CREATED)
    Started applyGeneralHighSchool(@RequestBody TransferService.GeneralHighSchoolApplication application) {
        if (application == null || application.inSchoolCode() == null) {
            throw new cn.jledu.studentstatus.platform.RuleViolation("R-TRF-4", "请填写转入学校。", HttpStatus.BAD_REQUEST);
        }
        access.registrarSchool(application.inSchoolCode());
        ProcessInstance instance = process.applyGeneralHighSchool(application);
        return new Started(instance.getId(), instance.getBusinessKey());
    }

    @GetMapping("/api/transfers/{caseKey}")
    CaseView read(@PathVariable String caseKey) {
        TransferCase c = service.get(caseKey);
        if (c.outSchoolCode() == null || !access.mayRead(c.outSchoolCode())) {
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

    /**
     * One continuous record across schools (R-TRF-4): the records linked by completed transfers, oldest first. A
     * reader sees every record up to the latest one of a school the reader may read (staff of that school, the
     * bureaus that review it, administrators): the in-school and its bureaus see the whole history, which moved
     * with the student; the out-school and its bureaus see their record up to the transfer and the fact of the
     * transfer (where to, when, the case), nothing of the in-school's record. Anybody else: 403.
     */
    @GetMapping("/api/students/{studentId}/history")
    History history(@PathVariable long studentId) {
        Student requested = service.student(studentId);
        List<Student> chain = service.recordChain(studentId);
        int last = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (access.mayRead(chain.get(i).schoolCode())) {
                last = i;
            }
        }
        if (last < 0) {
            access.requireRead(requested.schoolCode(), "无权查看该学生的学籍记录：只有就读过的学校、负责审核这些学校的教育行政部门和管理员可以查看。");
        }
        List<HistoryRecord> visible = new ArrayList<>();
        for (Student s : chain.subList(0, last + 1)) {
            visible.add(new HistoryRecord(s.id(), s.studentNumber(), s.schoolCode(), service.schoolName(s.schoolCode()),
                    s.status().label(), service.statusHistory(s.id()), service.archiveEntries(s.id())));
        }
        String continuation = last < chain.size() - 1 ? service.transferredOnward(chain.get(last)) : null;
        return new History(studentId, requested.name(), visible, continuation);
    }

    private static CaseView view(TransferCase c) {
        return new CaseView(c.caseKey(), c.studentId(), c.outSchoolCode(), c.inSchoolCode(), c.inMajorCode(),
                c.ground().label(), c.state().name(), c.eligibility(), c.effectiveOn(), c.newStudentId(),
                c.refusedBy(), c.refusalReason());
    }
}
