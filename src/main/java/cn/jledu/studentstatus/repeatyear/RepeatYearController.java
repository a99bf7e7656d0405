package cn.jledu.studentstatus.repeatyear;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.organisation.StaffScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 留级: the registrar proposes; the school's own rules are kept per school (R-REP-1). */
@RestController
class RepeatYearController {

    record Started(String processInstanceId, String caseKey) {
    }

    record Rules(String rules) {
    }

    private final RepeatYearService service;
    private final RepeatYearProcess process;
    private final StaffScope access;

    RepeatYearController(RepeatYearService service, RepeatYearProcess process, StaffScope access) {
        this.service = service;
        this.process = process;
        this.access = access;
    }

    @PostMapping("/api/repeats")
    @ResponseStatus(HttpStatus.CREATED)
    Started propose(@RequestBody RepeatYearService.Proposal proposal) {
        access.registrarSchool(service.student(proposal.studentId()).schoolCode());
        ProcessInstance instance = process.propose(proposal);
        return new Started(instance.getId(), instance.getBusinessKey());
    }

    @GetMapping("/api/schools/{schoolCode}/repeat-rules")
    Rules rules(@PathVariable String schoolCode) {
        access.requireRead(schoolCode);
        return new Rules(service.schoolRules(schoolCode));
    }

    @PutMapping("/api/schools/{schoolCode}/repeat-rules")
    Rules setRules(@PathVariable String schoolCode, @RequestBody Rules rules) {
        access.requireRole(schoolCode, "只有本校校长可以修改本校的留级规定。", SchoolRole.PRINCIPAL);
        service.setSchoolRules(schoolCode, rules.rules());
        return new Rules(service.schoolRules(schoolCode));
    }
}
