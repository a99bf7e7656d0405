package cn.jledu.studentstatus.schoolclosure;

import cn.jledu.studentstatus.document.PrintableText;
import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.InvalidInput;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 学校撤销或合并 (R-MON-5): the supervising bureau starts the closure of a school; the school's staff and its bureaus
 * see which students still keep it open.
 */
@RestController
class SchoolClosureController {

    record Request(String schoolCode, String kind, String receivingSchoolCode, String reason) {
    }

    record Started(String processInstanceId, String caseKey) {
    }

    private final SchoolClosureService service;
    private final SchoolClosureProcess process;
    private final StaffScope access;
    private final PrintableText printable;

    SchoolClosureController(SchoolClosureService service, SchoolClosureProcess process, StaffScope access,
                            PrintableText printable) {
        this.service = service;
        this.process = process;
        this.access = access;
        this.printable = printable;
    }

    @PostMapping("/api/school-closures")
    @ResponseStatus(HttpStatus.CREATED)
    Started start(@RequestBody Request r) {
        schoolCode(r.schoolCode(), "schoolCode");
        if (r.receivingSchoolCode() != null && !r.receivingSchoolCode().isBlank()) {
            schoolCode(r.receivingSchoolCode(), "receivingSchoolCode");
        }
        access.requireSupervisingBureau(r.schoolCode(), "只有学校的主管教育行政部门可以发起学校撤销或合并。");
        SchoolClosureService.Kind kind;
        try {
            kind = SchoolClosureService.Kind.valueOf(r.kind() == null ? "" : r.kind());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("撤销方式（kind）应为 CLOSED（撤销）或 MERGED（合并）。");
        }
        String reason = printable.check("reason", "撤销原因", r.reason(), 500);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("请写明撤销或合并的原因和批准文件（reason）。");
        }
        ProcessInstance instance = process.start(r.schoolCode(), kind, r.receivingSchoolCode(), reason.strip());
        return new Started(instance.getId(), instance.getBusinessKey());
    }

    /** The students who keep the school open, by status (R-MON-5). */
    @GetMapping("/api/school-closures/remaining")
    SchoolClosureService.Remaining remaining(@RequestParam String schoolCode) {
        schoolCode(schoolCode, "schoolCode");
        access.requireRead(schoolCode);
        return service.remaining(schoolCode);
    }

    /** A school code is ten digits (学校标识码); anything else is refused without echoing it. */
    static void schoolCode(String code, String field) {
        if (code == null || !code.matches("\\d{10}")) {
            throw new InvalidInput(field, "学校代码（" + field + "）应为10位数字。");
        }
    }

    @GetMapping("/api/school-closures/{caseKey}")
    SchoolClosureService.Closure closure(@PathVariable String caseKey) {
        SchoolClosureService.Closure c = service.closure(caseKey);
        access.requireRead(c.schoolCode());
        return c;
    }
}
