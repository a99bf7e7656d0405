package cn.jledu.studentstatus.academicproof;

import cn.jledu.studentstatus.organisation.StaffScope;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The school's registrar records a graduate's application for a 学历证明书 (R-GRD-7). */
@RestController
class AcademicProofController {

    record Application(long studentId, String voidNotice, LocalDate voidNoticeDate, boolean idCardPresented,
                       boolean stampingSheetPresented) {
    }

    record Started(String processInstanceId, String caseKey) {
    }

    private final AcademicProofService service;
    private final AcademicProofProcess process;
    private final StaffScope access;

    AcademicProofController(AcademicProofService service, AcademicProofProcess process, StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @PostMapping("/api/academic-proofs")
    @ResponseStatus(HttpStatus.CREATED)
    Started apply(@RequestBody Application a) {
        access.registrarSchool(service.student(a.studentId()).schoolCode());
        ProcessInstance i = process.apply(a.studentId(), a.voidNotice(), a.voidNoticeDate(), a.idCardPresented(),
                a.stampingSheetPresented());
        return new Started(i.getId(), i.getBusinessKey());
    }

    @GetMapping("/api/academic-proofs/{id}")
    AcademicProofService.Proof proof(@PathVariable long id) {
        AcademicProofService.Proof p = service.proof(id);
        access.requireRead(service.student(p.studentId()).schoolCode());
        return p;
    }
}
