package cn.jledu.studentstatus.suspension;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.NotFound;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 休学, 继续休学, 复学 applications, filed by the school's registrar for student and guardian. */
@RestController
class SuspensionController {

    record ApplicationRequest(long studentId, SuspensionService.Application application) {
    }

    record Started(String processInstanceId, String caseKey) {
    }

    private final SuspensionService service;
    private final SuspensionProcess process;
    private final StaffScope access;

    SuspensionController(SuspensionService service, SuspensionProcess process, StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @PostMapping("/api/suspensions")
    @ResponseStatus(HttpStatus.CREATED)
    Started apply(@RequestBody ApplicationRequest request) {
        access.registrarSchool(service.student(request.studentId()).schoolCode());
        ProcessInstance instance = process.apply(request.studentId(), request.application());
        return new Started(instance.getId(), instance.getBusinessKey());
    }

    @PostMapping("/api/suspensions/{caseKey}/extension")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void extend(@PathVariable String caseKey, @RequestBody SuspensionService.Extension extension) {
        access.registrarSchool(schoolOf(caseKey));
        process.applyForExtension(caseKey, extension);
    }

    @PostMapping("/api/suspensions/{caseKey}/resumption")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void resume(@PathVariable String caseKey, @RequestBody SuspensionService.Resumption resumption) {
        access.registrarSchool(schoolOf(caseKey));
        process.applyForResumption(caseKey, resumption);
    }

    @GetMapping("/api/suspensions/{caseKey}")
    List<SuspensionService.Request> requests(@PathVariable String caseKey) {
        access.requireRead(schoolOf(caseKey));
        return service.requests(caseKey);
    }

    private String schoolOf(String caseKey) {
        List<SuspensionService.Request> requests = service.requests(caseKey);
        if (requests.isEmpty()) {
            throw new NotFound("休学案件不存在：" + caseKey);
        }
        return service.student(requests.get(0).studentId()).schoolCode();
    }
}
