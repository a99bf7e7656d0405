package cn.jledu.studentstatus.graduation;

import cn.jledu.studentstatus.organisation.StaffScope;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graduation of a school's cohort: the eligibility of each student with every unmet requirement (R-GRD-1), the
 * submission of the graduate list (R-GRD-3), the list and the certificates of a case.
 */
@RestController
class GraduationController {

    record ListRequest(String schoolCode, Integer graduationYear, Boolean creditSystem, BigDecimal creditsRequired,
                       LocalDate graduationDate, LocalDate stampingDeadline, List<Long> graduates,
                       Set<Long> earlyApplicants, List<GraduationService.Completer> completers) {
    }

    record Started(String processInstanceId, String caseKey) {
    }

    private final GraduationService service;
    private final GraduationProcess process;
    private final StaffScope access;

    GraduationController(GraduationService service, GraduationProcess process, StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @GetMapping("/api/graduations/eligibility")
    List<GraduationEligibility.Result> eligibility(@RequestParam String schoolCode, @RequestParam int graduationYear,
                                                   @RequestParam(defaultValue = "false") boolean creditSystem,
                                                   @RequestParam(required = false) BigDecimal creditsRequired,
                                                   @RequestParam(required = false) Set<Long> earlyApplicants) {
        access.requireRead(schoolCode);
        return service.eligibility(schoolCode, new GraduationTerms(graduationYear, creditSystem, creditsRequired),
                earlyApplicants);
    }

    @PostMapping("/api/graduations")
    @ResponseStatus(HttpStatus.CREATED)
    Started submit(@RequestBody ListRequest r) {
        String school = access.registrarSchool(r.schoolCode());
        if (r.graduationYear() == null) {
            throw new IllegalArgumentException("请填写毕业年份（graduationYear）。");
        }
        ProcessInstance instance = process.submit(school, new GraduationService.Submission(
                new GraduationTerms(r.graduationYear(), Boolean.TRUE.equals(r.creditSystem()), r.creditsRequired()),
                r.graduationDate(), r.stampingDeadline(), r.graduates(), r.earlyApplicants(), r.completers()));
        return new Started(instance.getId(), instance.getBusinessKey());
    }

    @GetMapping("/api/graduations/{id}")
    GraduationService.Graduation graduation(@PathVariable long id) {
        GraduationService.Graduation g = service.graduation(id);
        access.requireRead(g.schoolCode());
        return g;
    }

    @GetMapping("/api/graduations/{id}/students")
    List<GraduationService.ListRow> list(@PathVariable long id) {
        access.requireRead(service.graduation(id).schoolCode());
        return service.list(id);
    }

    /** Every certificate of the case, one page each (the school prints them; the stamping bureau checks them). */
    @GetMapping("/api/graduations/{id}/certificates.pdf")
    ResponseEntity<byte[]> certificates(@PathVariable long id) {
        GraduationService.Graduation g = service.graduation(id);
        access.requireRead(g.schoolCode());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(g.caseKey() + "-证书.pdf", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(service.certificatesPdf(id));
    }
}
