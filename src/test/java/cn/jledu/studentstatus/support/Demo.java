package cn.jledu.studentstatus.support;

import cn.jledu.studentstatus.bootstrap.DemoOrganisation;
import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.CurrentUser;
import java.util.List;
import java.util.function.Supplier;

/** The demo organisation's schools and users, by role, for tests. */
public final class Demo {

    public static final DemoSchool PROVINCE_SCHOOL = DemoOrganisation.SCHOOLS.get(0);
    public static final DemoSchool CITY_SCHOOL = DemoOrganisation.SCHOOLS.get(1);
    public static final DemoSchool NONGAN = DemoOrganisation.SCHOOLS.get(2);
    public static final DemoSchool YONGJI = DemoOrganisation.SCHOOLS.get(3);
    public static final DemoSchool YANJI = DemoOrganisation.SCHOOLS.get(4);
    public static final String PASSWORD = "demo";
    /** The administrator as the domain's current user. */
    public static final CurrentUser ADMIN = new CurrentUser("admin", List.of(GroupIds.ADMIN));

    private Demo() {
    }

    public static String user(DemoSchool school, SchoolRole role) {
        return DemoOrganisation.userId(school, role);
    }

    public static CurrentUser staff(DemoSchool school, SchoolRole role) {
        return new CurrentUser(user(school, role), List.of(GroupIds.school(school.code(), role)));
    }

    /** Runs {@code work} as the staff member of {@code school} in {@code role} (the domain's current user). */
    public static <T> T as(DemoSchool school, SchoolRole role, Supplier<T> work) {
        return CurrentUser.callAs(staff(school, role), work);
    }

    /** Runs {@code work} as the registrar of {@code school} (the domain's current user). */
    public static <T> T asRegistrar(DemoSchool school, Supplier<T> work) {
        return as(school, SchoolRole.REGISTRAR, work);
    }
}
