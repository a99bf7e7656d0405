package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.Forbidden;
import java.util.List;
import org.springframework.stereotype.Component;

/** Which school a user acts for (R-MON-4: named staff act only for their own organisation). */
@Component
class SchoolAccess {

    private final Organisation organisation;

    SchoolAccess(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The school of the signed-in registrar; {@code requested} must be it unless the user is an administrator. */
    String registrarSchool(String requested) {
        CurrentUser user = CurrentUser.require();
        List<String> schools = user.groupIds().stream()
                .filter(g -> g.endsWith("-" + SchoolRole.REGISTRAR.suffix()))
                .map(GroupIds::schoolOf).filter(s -> s != null).toList();
        if (requested != null && !requested.isBlank()) {
            if (user.isAdmin() || schools.contains(requested)) {
                organisation.school(requested);
                return requested;
            }
            throw new Forbidden("只有本校学籍管理员可以为本校办理新生注册。");
        }
        if (schools.size() == 1) {
            return schools.get(0);
        }
        throw new Forbidden(schools.isEmpty() ? "只有学校学籍管理员可以办理新生注册。" : "请指明学校代码（schoolCode）。");
    }

    /** Staff of the school, reviewers of the bureaus over it, or administrators may read a school's cases. */
    void schoolStaffOrReviewer(String schoolCode) {
        CurrentUser user = CurrentUser.require();
        if (user.isAdmin() || user.groupIds().stream().anyMatch(g -> schoolCode.equals(GroupIds.schoolOf(g)))) {
            return;
        }
        List<String> over = organisation.reviewChain(schoolCode).stream().map(Bureau::code).toList();
        if (user.groupIds().stream().map(GroupIds::bureauOf).anyMatch(over::contains)) {
            return;
        }
        throw new Forbidden("无权查看其他学校的学籍信息。");
    }
}
