package cn.jledu.studentstatus.award;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.organisation.StaffScope;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registers a reward for a student of the user's school (principal confirms in Tasklist). */
@RestController
class AwardController {

    record ProposeRequest(long studentId, String title, AwardLevel level, AwardKind kind, String awardingBody,
                          LocalDate awardedOn, String reason) {
    }

    record Started(String caseKey, String processInstanceId) {
    }

    private final AwardProcess process;
    private final AwardService service;
    private final StaffScope access;

    AwardController(AwardProcess process, AwardService service, StaffScope access) {
        this.process = process;
        this.service = service;
        this.access = access;
    }

    @PostMapping("/api/awards")
    @ResponseStatus(HttpStatus.CREATED)
    Started propose(@RequestBody ProposeRequest r) {
        String school = service.student(r.studentId()).schoolCode();
        access.requireRole(school, "只有本校学籍管理员或学生管理部门负责人可以登记奖励。", SchoolRole.REGISTRAR,
                SchoolRole.STUDENT_AFFAIRS);
        ProcessInstance instance = process.propose(r.studentId(), r.title(), r.level(), r.kind(), r.awardingBody(),
                r.awardedOn(), r.reason());
        return new Started(instance.getBusinessKey(), instance.getId());
    }
}
