package cn.jledu.studentstatus.student;

/**
 * Assigns 学籍号 (the coding rule of docs/registration.md). R-REG-8: a person keeps one 学籍号 for life, so a
 * person who already has one gets it again — re-enrolment after a cancellation, at the same or another school, and
 * a transfer-in's new record at the receiving school. Answered by {@link PersonNumbers} in this shared module; the
 * procedures (registration, transfer) only ask, which keeps them apart.
 */
public interface StudentNumbers {

    /**
     * A fresh 学籍号 of the school and entry year, reserved in the caller's transaction, for a record whose person
     * is not known to the caller. Prefer {@link #assign(IdNumber, String, int)}: a record stored with a fresh number
     * of a person who already has one is stored with the person's number all the same (R-REG-8).
     */
    String assign(String schoolCode, int entryYear);

    /** The person's lifelong 学籍号 if they ever had one, else a fresh one of the school and entry year (R-REG-8). */
    String assign(IdNumber person, String schoolCode, int entryYear);
}
