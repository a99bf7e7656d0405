package cn.jledu.studentstatus.deathreport;

import cn.jledu.studentstatus.organisation.StaffScope;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The school's registrar files the death of a student (R-DTH-1). */
@RestController
class DeathReportController {

    record Report(long studentId, LocalDate diedOn, String circumstances) {
    }

    record Started(String processInstanceId, String caseKey) {
    }

    private final DeathReportService service;
    private final DeathReportProcess process;
    private final StaffScope access;

    DeathReportController(DeathReportService service, DeathReportProcess process, StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @PostMapping("/api/death-reports")
    @ResponseStatus(HttpStatus.CREATED)
    Started report(@RequestBody Report r) {
        access.registrarSchool(service.student(r.studentId()).schoolCode());
        ProcessInstance instance = process.report(r.studentId(), r.diedOn(), r.circumstances());
        return new Started(instance.getId(), instance.getBusinessKey());
    }
}
