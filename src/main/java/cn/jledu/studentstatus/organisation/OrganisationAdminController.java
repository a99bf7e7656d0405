package cn.jledu.studentstatus.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators add schools, majors, major approvals and classes (docs/admin-guide.md). */
@RestController
class OrganisationAdminController {

    private static final String REFUSAL = "只有系统管理员可以维护学校、专业和班级。";

    private final OrganisationAdministration administration;
    private final StaffScope access;

    OrganisationAdminController(OrganisationAdministration administration, StaffScope access) {
        this.administration = administration;
        this.access = access;
    }

    @PostMapping("/api/admin/schools")
    @ResponseStatus(HttpStatus.CREATED)
    School addSchool(@RequestBody OrganisationAdministration.NewSchool school) {
        access.requireAdmin(REFUSAL);
        return administration.addSchool(school);
    }

    @PostMapping("/api/admin/majors")
    @ResponseStatus(HttpStatus.CREATED)
    Major addMajor(@RequestBody OrganisationAdministration.NewMajor major) {
        access.requireAdmin(REFUSAL);
        return administration.addMajor(major);
    }

    @PostMapping("/api/admin/schools/{schoolCode}/majors")
    @ResponseStatus(HttpStatus.CREATED)
    void approveMajor(@PathVariable String schoolCode,
                      @RequestBody OrganisationAdministration.MajorApprovalRecord approval) {
        access.requireAdmin(REFUSAL);
        administration.approveMajor(schoolCode, approval);
    }

    @PostMapping("/api/admin/schools/{schoolCode}/classes")
    @ResponseStatus(HttpStatus.CREATED)
    SchoolClass addClass(@PathVariable String schoolCode, @RequestBody OrganisationAdministration.NewClass c) {
        access.requireAdmin(REFUSAL);
        return administration.addClass(schoolCode, c);
    }
}
