package cn.jledu.studentstatus.registrationcancellation;

import cn.jledu.studentstatus.organisation.StaffScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Proposes the cancellation (注销) of a registered student found ineligible (R-REG-13). */
@RestController
class RegistrationCancellationController {

    record Proposal(long studentId, RegistrationCancellationContract.Ground ground, String facts) {
    }

    record Started(String processInstanceId, String caseKey) {
    }

    private final RegistrationCancellationService service;
    private final RegistrationCancellationProcess process;
    private final StaffScope access;

    RegistrationCancellationController(RegistrationCancellationService service, RegistrationCancellationProcess process,
                                       StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @PostMapping("/api/cancellations")
    @ResponseStatus(HttpStatus.CREATED)
    Started propose(@RequestBody Proposal p) {
        access.registrarSchool(service.student(p.studentId()).schoolCode());
        ProcessInstance instance = process.propose(p.studentId(), p.ground(), p.facts());
        return new Started(instance.getId(), instance.getBusinessKey());
    }
}
