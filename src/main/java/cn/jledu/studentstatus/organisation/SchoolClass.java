package cn.jledu.studentstatus.organisation;

/** A class (班级) of a school in one major and year group, with its head teacher's user id. */
public record SchoolClass(long id, String schoolCode, String majorCode, String name, int yearGroup,
                          String headTeacherUserId) {
}
