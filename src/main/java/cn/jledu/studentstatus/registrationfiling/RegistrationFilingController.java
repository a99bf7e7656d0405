package cn.jledu.studentstatus.registrationfiling;

import cn.jledu.studentstatus.student.Intake;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The registration filing list (R-REG-11): start the filing of an intake, see its documents. */
@RestController
class RegistrationFilingController {

    record Request(String schoolCode, Integer intakeYear, Season intakeSeason) {
    }

    private final RegistrationFilingService service;
    private final RegistrationFilingProcess process;
    private final StaffScope access;

    RegistrationFilingController(RegistrationFilingService service, RegistrationFilingProcess process,
                                 StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @PostMapping("/api/registrations/filing-lists")
    @ResponseStatus(HttpStatus.CREATED)
    RegistrationFilingService.Filing start(@RequestBody Request r) {
        String school = access.registrarSchool(r.schoolCode());
        if (r.intakeYear() == null || r.intakeSeason() == null) {
            throw new IllegalArgumentException("请指明注册年份（intakeYear）和季节（intakeSeason）。");
        }
        return process.start(school, new Intake(r.intakeYear(), r.intakeSeason()));
    }

    @GetMapping("/api/registrations/filing-lists/{caseKey}")
    RegistrationFilingService.Filing get(@PathVariable String caseKey) {
        RegistrationFilingService.Filing f = service.filing(caseKey, null);
        access.requireRead(f.schoolCode(), "无权查看其他学校的学籍信息。");
        return f;
    }
}
