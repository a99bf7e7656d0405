package cn.jledu.studentstatus.organisation;

import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.Forbidden;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The access rules of our API in one place (R-MON-4): who the signed-in staff member acts for and whose data they
 * may see. Every controller asks here; none inspects groups itself ({@code ControllerAccessTest}).
 * <ul>
 *   <li>acts for a school in a role: a member of the school's group of that role ({@link #requireRole});
 *       a registrar's school ({@link #registrarSchool});</li>
 *   <li>supervises a school: a reviewer of a bureau in the school's review chain ({@link #supervises}); the
 *       school's own supervising bureau ({@link #requireSupervisingBureau});</li>
 *   <li>reads a school's data (its students, cases, documents): its staff in any role, its supervisors, and
 *       administrators ({@link #requireRead}, {@link #readableSchools});</li>
 *   <li>administrators pass every check ({@link #requireAdmin}).</li>
 * </ul>
 * A user who is not signed in gets 401 before any of this (ApiAuthenticationFilter); a refusal here is 403.
 */
@Component
public class StaffScope {

    private final Organisation organisation;

    StaffScope(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The signed-in user (403 outside an authenticated request). */
    public CurrentUser requireSignedIn() {
        return CurrentUser.require();
    }

    /** The signed-in user's id (403 outside an authenticated request). */
    public String signedInUserId() {
        return requireSignedIn().userId();
    }

    public boolean isAdmin() {
        return CurrentUser.get().map(CurrentUser::isAdmin).orElse(false);
    }

    /** Refuses (403) anyone but an administrator. */
    public void requireAdmin(String refusal) {
        if (!requireSignedIn().isAdmin()) {
            throw new Forbidden(refusal);
        }
    }

    // --- acting for a school -----------------------------------------------------------------------------

    /** Whether the user acts for the school in one of the roles (administrators always do). */
    public boolean actsFor(String schoolCode, SchoolRole... roles) {
        CurrentUser user = requireSignedIn();
        if (user.isAdmin()) {
            return true;
        }
        for (SchoolRole role : roles) {
            if (user.inGroup(GroupIds.school(schoolCode, role))) {
                return true;
            }
        }
        return false;
    }

    /** Refuses (403) a user who does not act for the school in one of the roles. */
    public void requireRole(String schoolCode, String refusal, SchoolRole... roles) {
        if (!actsFor(schoolCode, roles)) {
            throw refusal(schoolCode, refusal);
        }
    }

    /**
     * A refusal: for a user who may not even read the school's data it is out of read scope (an object addressed in
     * the path then gets the same 404 as a missing one, issue 13 §5); for the school's own staff in another role or
     * its supervisors, a plain 403.
     */
    private Forbidden refusal(String schoolCode, String message) {
        return mayRead(schoolCode) ? new Forbidden(message) : Forbidden.outOfReadScope(message);
    }

    /**
     * The school the signed-in registrar acts for. {@code requested} (may be null) must be that school unless the
     * user is an administrator; without it the user's only registrar school is taken.
     */
    public String registrarSchool(String requested) {
        CurrentUser user = requireSignedIn();
        List<String> schools = schoolsOf(user, SchoolRole.REGISTRAR);
        if (requested != null && !requested.isBlank()) {
            if (user.isAdmin() || schools.contains(requested)) {
                organisation.school(requested);
                return requested;
            }
            throw refusal(requested, "只有本校学籍管理员可以办理本校的学籍事项。");
        }
        if (schools.size() == 1) {
            return schools.get(0);
        }
        throw new Forbidden(schools.isEmpty() ? "只有学校学籍管理员可以办理此事项。" : "请指明学校代码（schoolCode）。");
    }

    // --- supervising a school ----------------------------------------------------------------------------

    /** Whether the user reviews for a bureau in the school's review chain (county and city, or the one above it). */
    public boolean supervises(String schoolCode) {
        CurrentUser user = requireSignedIn();
        return organisation.reviewChain(schoolCode).stream().map(b -> GroupIds.bureauReviewer(b.code()))
                .anyMatch(user::inGroup);
    }

    /** Refuses (403) anyone but a reviewer of the school's supervising bureau (主管教育行政部门) or an administrator. */
    public void requireSupervisingBureau(String schoolCode, String refusal) {
        CurrentUser user = requireSignedIn();
        if (!user.isAdmin() && !user.inGroup(GroupIds.bureauReviewer(organisation.supervisingBureau(schoolCode).code()))) {
            throw refusal(schoolCode, refusal);
        }
    }

    // --- reading a school's data -------------------------------------------------------------------------

    /** Staff of the school (any role), reviewers of the bureaus in its review chain, or administrators. */
    public boolean mayRead(String schoolCode) {
        CurrentUser user = requireSignedIn();
        return user.isAdmin() || user.groupIds().stream().anyMatch(g -> schoolCode.equals(GroupIds.schoolOf(g)))
                || supervises(schoolCode);
    }

    /** Refuses (403) a user who may not read the school's data. */
    public void requireRead(String schoolCode, String refusal) {
        if (!mayRead(schoolCode)) {
            throw Forbidden.outOfReadScope(refusal);
        }
    }

    /** {@link #requireRead} with the general refusal. */
    public void requireRead(String schoolCode) {
        requireRead(schoolCode, "无权查看其他学校的学籍信息。");
    }

    /**
     * The codes of the schools whose data the user may read, in code order: every school for an administrator, the
     * user's own schools, and the schools whose review chain includes a bureau the user reviews for.
     */
    public List<String> readableSchools() {
        return schoolsOfUser(organisation::schoolsReviewedBy);
    }

    /**
     * The schools the user oversees (oversight page, R-MON-3), in code order: a bureau reviewer the schools
     * supervised by their bureau and by the bureaus below it (the province: all); school staff their own school;
     * administrators all.
     */
    public List<String> overseenSchools() {
        return schoolsOfUser(organisation::schoolsUnder);
    }

    /** Administrators: all schools; others: their own schools plus those {@code ofBureaus} gives for their bureaus. */
    private List<String> schoolsOfUser(java.util.function.Function<Set<String>, List<String>> ofBureaus) {
        CurrentUser user = requireSignedIn();
        if (user.isAdmin()) {
            return organisation.schools().stream().map(School::code).toList();
        }
        Set<String> schools = new LinkedHashSet<>();
        Set<String> bureaus = new LinkedHashSet<>();
        for (String group : user.groupIds()) {
            String school = GroupIds.schoolOf(group);
            if (school != null) {
                schools.add(school);
            }
            String bureau = GroupIds.bureauOf(group);
            if (bureau != null) {
                bureaus.add(bureau);
            }
        }
        if (!bureaus.isEmpty()) {
            schools.addAll(ofBureaus.apply(bureaus));
        }
        return schools.stream().sorted().toList();
    }

    /** Refuses (403) a user who does not oversee the school ({@link #overseenSchools}). */
    public void requireOversight(String schoolCode) {
        if (!overseenSchools().contains(schoolCode)) {
            throw new Forbidden("无权查看该学校的督查信息。");
        }
    }

    // --- administering staff accounts --------------------------------------------------------------------

    /**
     * Whether the user administers the account of a staff member in {@code staffGroups}: administrators every
     * account; a bureau's account administrator (账号管理员) the accounts of its bureau and of the schools it reviews.
     */
    public boolean administersAccount(Collection<String> staffGroups) {
        CurrentUser user = requireSignedIn();
        if (user.isAdmin()) {
            return true;
        }
        Set<String> bureaus = new LinkedHashSet<>();
        for (String group : user.groupIds()) {
            String bureau = GroupIds.accountAdminBureauOf(group);
            if (bureau != null) {
                bureaus.add(bureau);
            }
        }
        if (bureaus.isEmpty()) {
            return false;
        }
        List<String> schools = organisation.schoolsReviewedBy(bureaus);
        for (String group : staffGroups) {
            String bureau = GroupIds.bureauOf(group) != null ? GroupIds.bureauOf(group) : GroupIds.accountAdminBureauOf(group);
            String school = GroupIds.schoolOf(group);
            if ((bureau != null && bureaus.contains(bureau)) || (school != null && schools.contains(school))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user is an administrator or a bureau's account administrator. */
    public boolean administersAccounts() {
        CurrentUser user = requireSignedIn();
        return user.isAdmin() || user.groupIds().stream().anyMatch(g -> GroupIds.accountAdminBureauOf(g) != null);
    }

    private static List<String> schoolsOf(CurrentUser user, SchoolRole role) {
        return user.groupIds().stream().filter(g -> g.endsWith("-" + role.suffix())).map(GroupIds::schoolOf)
                .filter(s -> s != null).toList();
    }
}
