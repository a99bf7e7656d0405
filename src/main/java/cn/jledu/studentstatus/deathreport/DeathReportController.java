package cn.jledu.studentstatus.deathreport;

import cn.jledu.studentstatus.document.PrintableText;
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
    private final PrintableText printable;

    DeathReportController(DeathReportService service, DeathReportProcess process, StaffScope access,
                          PrintableText printable) {
        this.service = service;
        this.process = process;
        this.access = access;
        this.printable = printable;
    }

    @PostMapping("/api/death-reports")
    @ResponseStatus(HttpStatus.CREATED)
    Started report(@RequestBody Report r) {
        access.registrarSchool(service.student(r.studentId()).schoolCode());
        printable.check("circumstances", "死亡情况和证明材料", r.circumstances(), 1000);
        ProcessInstance instance = process.report(r.studentId(), r.diedOn(), r.circumstances());
        return new Started(instance.getId(), instance.getBusinessKey());
    }
}
