package cn.jledu.studentstatus.suspension;

import cn.jledu.studentstatus.document.PrintableText;
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
    private final PrintableText printable;

    SuspensionController(SuspensionService service, SuspensionProcess process, StaffScope access,
                         PrintableText printable) {
        this.service = service;
        this.process = process;
        this.access = access;
        this.printable = printable;
    }

    @PostMapping("/api/suspensions")
    @ResponseStatus(HttpStatus.CREATED)
    Started apply(@RequestBody ApplicationRequest request) {
        access.registrarSchool(service.student(request.studentId()).schoolCode());
        SuspensionService.Application a = request.application();
        if (a != null) { // free text that reaches the certificate and the archive: checked here (400)
            printable.check("application.hospital", "医院名称", a.hospital(), 100);
            printable.check("application.certificate", "诊断证明", a.certificate(), 1000);
            printable.check("application.reason", "申请理由", a.reason(), 1000);
        }
        ProcessInstance instance = process.apply(request.studentId(), a);
        return new Started(instance.getId(), instance.getBusinessKey());
    }

    @PostMapping("/api/suspensions/{caseKey}/extension")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void extend(@PathVariable String caseKey, @RequestBody SuspensionService.Extension extension) {
        access.requireRead(schoolOf(caseKey)); // another school's case: the same 404 as a missing one
        access.registrarSchool(schoolOf(caseKey));
        if (extension != null) {
            printable.check("certificate", "诊断证明", extension.certificate(), 1000);
            printable.check("reason", "继续休学理由", extension.reason(), 1000);
        }
        process.applyForExtension(caseKey, extension);
    }

    @PostMapping("/api/suspensions/{caseKey}/resumption")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void resume(@PathVariable String caseKey, @RequestBody SuspensionService.Resumption resumption) {
        access.requireRead(schoolOf(caseKey)); // another school's case: the same 404 as a missing one
        access.registrarSchool(schoolOf(caseKey));
        if (resumption != null) {
            printable.check("hospital", "医院名称", resumption.hospital(), 100);
            printable.check("healthCertificate", "健康证明", resumption.healthCertificate(), 1000);
            printable.check("reason", "复学理由", resumption.reason(), 1000);
        }
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
