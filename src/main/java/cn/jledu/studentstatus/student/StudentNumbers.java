package cn.jledu.studentstatus.student;

/**
 * Assigns a school's next 学籍号 for an entry year (the coding rule of docs/registration.md). Answered by
 * registration, which owns the counter; asked by the transfer-in, whose new record at the receiving school gets
 * that school's number: the query interface that keeps the two procedures apart.
 */
public interface StudentNumbers {

    /** The next unused 学籍号 of the school and entry year, reserved in the caller's transaction. */
    String assign(String schoolCode, int entryYear);
}
