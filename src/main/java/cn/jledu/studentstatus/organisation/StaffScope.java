package cn.jledu.studentstatus.organisation;

import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.Forbidden;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which organisation's data the signed-in staff member may touch (R-MON-4): a registrar acts for the school of
 * their registrar group; a school's data may be read by its own staff (any role), the reviewers of the bureaus
 * that review the school, and administrators.
 */
@Component
public class StaffScope {

    private final Organisation organisation;

    StaffScope(Organisation organisation) {
        this.organisation = organisation;
    }

    /**
     * The school the signed-in registrar acts for. {@code requested} (may be null) must be that school unless the
     * user is an administrator; without it the user's only registrar school is taken.
     */
    public String registrarSchool(String requested) {
        CurrentUser user = CurrentUser.require();
        List<String> schools = user.groupIds().stream()
                .filter(g -> g.endsWith("-" + SchoolRole.REGISTRAR.suffix()))
                .map(GroupIds::schoolOf).filter(s -> s != null).toList();
        if (requested != null && !requested.isBlank()) {
            if (user.isAdmin() || schools.contains(requested)) {
                organisation.school(requested);
                return requested;
            }
            throw new Forbidden("只有本校学籍管理员可以办理本校的学籍事项。");
        }
        if (schools.size() == 1) {
            return schools.get(0);
        }
        throw new Forbidden(schools.isEmpty() ? "只有学校学籍管理员可以办理此事项。" : "请指明学校代码（schoolCode）。");
    }

    /** Staff of the school (any role), reviewers of the bureaus in its review chain, or administrators. */
    public boolean mayRead(CurrentUser user, String schoolCode) {
        if (user.isAdmin() || user.groupIds().stream().anyMatch(g -> schoolCode.equals(GroupIds.schoolOf(g)))) {
            return true;
        }
        return organisation.reviewChain(schoolCode).stream().map(b -> GroupIds.bureauReviewer(b.code()))
                .anyMatch(user::inGroup);
    }

    /** Refuses (403) a user who may not read the school's data. */
    public void requireRead(String schoolCode, String refusal) {
        if (!mayRead(CurrentUser.require(), schoolCode)) {
            throw new Forbidden(refusal);
        }
    }
}
