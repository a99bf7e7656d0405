package cn.jledu.studentstatus.rosterverification;

import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.organisation.StaffScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Starts a roster verification for a class of the registrar's own school. */
@RestController
class RosterVerificationController {

    record StartRequest(long classId) {
    }

    record Started(String processInstanceId, String businessKey) {
    }

    private final RosterVerificationProcess process;
    private final RosterVerificationService service;
    private final StaffScope access;

    RosterVerificationController(RosterVerificationProcess process, RosterVerificationService service,
                                 StaffScope access) {
        this.process = process;
        this.service = service;
        this.access = access;
    }

    @PostMapping("/api/roster-verifications")
    @ResponseStatus(HttpStatus.CREATED)
    Started start(@RequestBody StartRequest request) {
        SchoolClass c = service.schoolClass(request.classId());
        access.requireRole(c.schoolCode(), "只有本校学籍管理员可以发起本校班级的学籍信息核对。", SchoolRole.REGISTRAR);
        ProcessInstance instance = process.start(c.id());
        return new Started(instance.getId(), instance.getBusinessKey());
    }
}
