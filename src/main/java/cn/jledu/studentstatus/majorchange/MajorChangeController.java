package cn.jledu.studentstatus.majorchange;

import cn.jledu.studentstatus.organisation.StaffScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 转专业: the school's registrar records the application (R-MJC-1). */
@RestController
class MajorChangeController {

    record Started(String processInstanceId, String caseKey) {
    }

    private final MajorChangeService service;
    private final MajorChangeProcess process;
    private final StaffScope access;

    MajorChangeController(MajorChangeService service, MajorChangeProcess process, StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @PostMapping("/api/major-changes")
    @ResponseStatus(HttpStatus.CREATED)
    Started apply(@RequestBody MajorChangeService.Application application) {
        access.registrarSchool(service.student(application.studentId()).schoolCode());
        ProcessInstance instance = process.apply(application);
        return new Started(instance.getId(), instance.getBusinessKey());
    }
}
