package cn.jledu.studentstatus.informationchange;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 信息变更 (R-INF-1): the registrar submits the new values (part {@code application}, JSON) with the scanned legal
 * identity proof (part {@code proof}); staff who may read the school see the case and the student's history.
 */
@RestController
class InformationChangeController {

    record Started(String processInstanceId, String caseKey) {
    }

    private final InformationChangeService service;
    private final InformationChangeProcess process;
    private final StaffScope access;

    InformationChangeController(InformationChangeService service, InformationChangeProcess process,
                                StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @PostMapping(path = "/api/information-changes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Started apply(@RequestPart("application") InformationChangeService.Application application,
                  @RequestPart(name = "proof", required = false) MultipartFile proof) {
        if (application == null || application.studentId() == null) {
            throw new RuleViolation("R-INF-1", "请选择要变更信息的学生。", HttpStatus.BAD_REQUEST);
        }
        access.registrarSchool(service.student(application.studentId()).schoolCode());
        InformationChangeService.ProofFile file;
        try {
            file = proof == null ? null : new InformationChangeService.ProofFile(proof.getOriginalFilename(),
                    proof.getBytes());
        } catch (IOException e) {
            throw new RuleViolation("R-INF-1", "无法读取上传的证明材料扫描件。", HttpStatus.BAD_REQUEST);
        }
        ProcessInstance instance = process.apply(application, file);
        return new Started(instance.getId(), instance.getBusinessKey());
    }

    @GetMapping("/api/information-changes/{caseKey}")
    InformationChangeService.InformationChangeCase get(@PathVariable String caseKey) {
        InformationChangeService.InformationChangeCase c = service.get(caseKey);
        access.requireRead(c.schoolCode());
        return c;
    }

    @GetMapping("/api/students/{studentId}/information-changes")
    List<String> history(@PathVariable long studentId) {
        access.requireRead(service.student(studentId).schoolCode());
        return service.history(studentId);
    }
}
