package cn.jledu.studentstatus.withdrawal;

import cn.jledu.studentstatus.document.PrintableText;
import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.io.IOException;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 退学 applications (R-WDR-1) and the semester attendance import (R-WDR-2). */
@RestController
class WithdrawalController {

    record Application(long studentId, String reason, LocalDate leavingDate) {
    }

    record Started(String processInstanceId, String caseKey) {
    }

    private final WithdrawalService service;
    private final WithdrawalProcess process;
    private final StaffScope access;
    private final PrintableText printable;

    WithdrawalController(WithdrawalService service, WithdrawalProcess process, StaffScope access,
                         PrintableText printable) {
        this.service = service;
        this.process = process;
        this.access = access;
        this.printable = printable;
    }

    @PostMapping("/api/withdrawals")
    @ResponseStatus(HttpStatus.CREATED)
    Started apply(@RequestBody Application a) {
        access.registrarSchool(service.student(a.studentId()).schoolCode());
        printable.check("reason", "退学申请理由", a.reason(), 1000);
        ProcessInstance instance = process.apply(a.studentId(), a.reason(), a.leavingDate());
        return new Started(instance.getId(), instance.getBusinessKey());
    }

    @GetMapping("/api/withdrawals/{caseKey}")
    WithdrawalService.WithdrawalCase get(@PathVariable String caseKey) {
        WithdrawalService.WithdrawalCase c = service.withdrawalCase(caseKey);
        access.requireRead(service.student(c.studentId()).schoolCode());
        return c;
    }

    @PostMapping("/api/schools/{schoolCode}/attendance")
    WithdrawalProcess.AttendanceImport importAttendance(@PathVariable String schoolCode,
                                                        @RequestParam int schoolYear, @RequestParam int termNo,
                                                        @RequestParam("file") MultipartFile file) {
        access.registrarSchool(schoolCode);
        try {
            return process.importAttendance(schoolCode, schoolYear, termNo, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new RuleViolation("R-WDR-2", "无法读取上传的文件。", HttpStatus.BAD_REQUEST);
        }
    }
}
