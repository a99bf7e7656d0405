package cn.jledu.studentstatus.organisation;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The term calendar: any signed-in user reads the terms that apply to a school; administrators replace a school
 * year's terms for the province ({@code scope=PROVINCE}, the default) or for one school.
 */
@RestController
class TermController {

    record TermInput(int termNo, java.time.LocalDate startsOn, java.time.LocalDate endsOn, int classHours) {
    }

    private final TermCalendar terms;
    private final Organisation organisation;
    private final StaffScope access;

    TermController(TermCalendar terms, Organisation organisation, StaffScope access) {
        this.terms = terms;
        this.organisation = organisation;
        this.access = access;
    }

    @GetMapping("/api/terms")
    List<Term> terms(@RequestParam String school) {
        access.requireSignedIn();
        organisation.school(school);
        return terms.terms(school);
    }

    @PutMapping("/api/terms/{schoolYear}")
    List<Term> replace(@PathVariable int schoolYear, @RequestParam(defaultValue = TermCalendar.PROVINCE) String scope,
                       @RequestBody List<TermInput> input) {
        access.requireAdmin("只有系统管理员可以维护学期安排。");
        if (!TermCalendar.PROVINCE.equals(scope)) {
            organisation.school(scope);
        }
        terms.replace(scope, schoolYear, input.stream().map(t -> new Term(schoolYear, t.termNo(), t.startsOn(),
                t.endsOn(), t.classHours(), scope)).toList());
        return TermCalendar.PROVINCE.equals(scope) ? List.of() : terms.terms(scope);
    }
}
