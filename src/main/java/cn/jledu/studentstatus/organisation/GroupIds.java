package cn.jledu.studentstatus.organisation;

/**
 * The stable engine group ids derived from the organisation (docs/organisation.md):
 * {@code school-<schoolCode>-<role>} and {@code bureau-<bureauCode>-reviewer}.
 */
public final class GroupIds {

    public static final String ADMIN = "camunda-admin";
    public static final String TYPE_SCHOOL = "SCHOOL";
    public static final String TYPE_BUREAU = "BUREAU";

    private GroupIds() {
    }

    public static String school(String schoolCode, SchoolRole role) {
        return "school-" + schoolCode + "-" + role.suffix();
    }

    public static String bureauReviewer(String bureauCode) {
        return "bureau-" + bureauCode + "-reviewer";
    }

    /** A bureau's account administrators (账号管理员): see and lift login locks of the bureau's staff. */
    public static String bureauAccountAdmin(String bureauCode) {
        return "bureau-" + bureauCode + "-accounts";
    }

    /** The bureau code of a bureau account-administrator group id, or null. */
    public static String accountAdminBureauOf(String groupId) {
        if (!groupId.startsWith("bureau-") || !groupId.endsWith("-accounts")) {
            return null;
        }
        return groupId.substring(7, groupId.length() - "-accounts".length());
    }

    /** The school code of a school group id, or null. */
    public static String schoolOf(String groupId) {
        if (!groupId.startsWith("school-")) {
            return null;
        }
        int end = groupId.indexOf('-', 7);
        return end < 0 ? null : groupId.substring(7, end);
    }

    /** The bureau code of a bureau group id, or null. */
    public static String bureauOf(String groupId) {
        if (!groupId.startsWith("bureau-") || !groupId.endsWith("-reviewer")) {
            return null;
        }
        return groupId.substring(7, groupId.length() - "-reviewer".length());
    }
}
