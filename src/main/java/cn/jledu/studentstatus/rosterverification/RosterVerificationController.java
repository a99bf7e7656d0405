package cn.jledu.studentstatus.rosterverification;

import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.Forbidden;
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

    RosterVerificationController(RosterVerificationProcess process, RosterVerificationService service) {
        this.process = process;
        this.service = service;
    }

    @PostMapping("/api/roster-verifications")
    @ResponseStatus(HttpStatus.CREATED)
    Started start(@RequestBody StartRequest request) {
        SchoolClass c = service.schoolClass(request.classId());
        CurrentUser user = CurrentUser.require();
        if (!user.isAdmin() && !user.inGroup(GroupIds.school(c.schoolCode(), SchoolRole.REGISTRAR))) {
            throw new Forbidden("只有本校学籍管理员可以发起本校班级的学籍信息核对。");
        }
        ProcessInstance instance = process.start(c.id());
        return new Started(instance.getId(), instance.getBusinessKey());
    }
}
