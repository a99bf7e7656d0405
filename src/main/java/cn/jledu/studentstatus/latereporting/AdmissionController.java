package cn.jledu.studentstatus.latereporting;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.student.IdType;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Late reporting (R-REG-5): admitted students who have not reported, their reports and delay requests. */
@RestController
class AdmissionController {

    record Expected(String schoolCode, String name, IdType idType, String idNumber, String admissionNoticeNo,
                    LocalDate reportingDate) {
    }

    record DelayRequest(String reason, String proof, LocalDate requestedUntil) {
    }

    private final LateReportingService service;
    private final LateReportingProcess process;
    private final StaffScope access;

    AdmissionController(LateReportingService service, LateReportingProcess process, StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @PostMapping("/api/admissions")
    @ResponseStatus(HttpStatus.CREATED)
    Admission expect(@RequestBody Expected e) {
        String school = access.registrarSchool(e.schoolCode());
        return process.expect(school, e.name(), e.idType(), e.idNumber(), e.admissionNoticeNo(), e.reportingDate());
    }

    @PostMapping("/api/admissions/{caseKey}/reported")
    Admission reported(@PathVariable String caseKey) {
        access.registrarSchool(service.find(caseKey).schoolCode());
        process.reported(caseKey);
        return service.find(caseKey);
    }

    @PostMapping("/api/admissions/{caseKey}/late-report-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Admission requestDelay(@PathVariable String caseKey, @RequestBody DelayRequest r) {
        access.registrarSchool(service.find(caseKey).schoolCode());
        process.requestDelay(caseKey, r.reason(), r.proof(), r.requestedUntil());
        return service.find(caseKey);
    }
}
