package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.platform.AppClock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 学籍号 for life (R-REG-8). {@code person_student_number} maps a person (the key of the ID document,
 * {@link IdNumber#personKey()}) to the one 学籍号 the person ever received; every new record of that person — a
 * re-enrolment after a cancellation or a withdrawal, at the same or another school, a transfer-in — carries it
 * ({@link StudentRepository#insert} enforces it whatever number the caller proposed). A person without a number gets
 * a fresh one: {@code <school code><entry year, 4 digits><sequence, 5 digits>}, the sequence per school and year from
 * {@code student_number_counter} under a row lock (never reused; a school code of any length). The database keeps a
 * number unique among active records only: the old inactive record and the new active one share it.
 */
@Component
public class PersonNumbers implements StudentNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;

    PersonNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The person's lifelong 学籍号, if the person ever held one (R-REG-8). */
    public Optional<String> lifelong(IdNumber person) {
        return jdbc.sql("SELECT student_number FROM person_student_number WHERE person_key = ?")
                .param(person.personKey()).query(String.class).optional();
    }

    @Override
    public String assign(String schoolCode, int entryYear) {
        return format(schoolCode, entryYear, reserve(schoolCode, entryYear, 1));
    }

    @Override
    public String assign(IdNumber person, String schoolCode, int entryYear) {
        return lifelong(person).orElseGet(() -> assign(schoolCode, entryYear));
    }

    /** {@code <school code><year><5-digit sequence>}, whatever the length of the school code. */
    public static String format(String schoolCode, int entryYear, int sequence) {
        return schoolCode + entryYear + String.format("%05d", sequence);
    }

    /**
     * The sequence of a 学籍号 of this school and year, or -1 if the number is not of that form (another school's
     * number carried for life, or a code that only starts like this one).
     */
    public static int sequenceOf(String schoolCode, int entryYear, String number) {
        String prefix = schoolCode + entryYear;
        if (number == null || !number.startsWith(prefix) || number.length() != prefix.length() + 5) {
            return -1;
        }
        String tail = number.substring(prefix.length());
        return tail.chars().allMatch(Character::isDigit) ? Integer.parseInt(tail) : -1;
    }

    /**
     * Reserves {@code count} consecutive sequence numbers of a school and year and returns the first. The counter
     * row is locked by the UPDATE until the transaction ends: unique across concurrent registrations and nodes.
     */
    public int reserve(String schoolCode, int entryYear, int count) {
        ensureCounter(schoolCode, entryYear);
        jdbc.sql("UPDATE student_number_counter SET last_value = last_value + ? WHERE school_code = ? AND entry_year = ?")
                .params(count, schoolCode, entryYear).update();
        return jdbc.sql("SELECT last_value FROM student_number_counter WHERE school_code = ? AND entry_year = ?")
                .params(schoolCode, entryYear).query(Integer.class).single() - count + 1;
    }

    /**
     * Records the person's number when the person's first record is stored; returns the number the record must
     * carry: the lifelong one if the person already has one. Called by {@link StudentRepository#insert}.
     */
    String numberFor(IdNumber person, String proposed) {
        Optional<String> known = lifelong(person);
        if (known.isPresent()) {
            return known.get();
        }
        if (proposed != null) {
            jdbc.sql("INSERT INTO person_student_number (person_key, student_number, assigned_at) VALUES (?, ?, ?)")
                    .params(person.personKey(), proposed, AppClock.nowOffset()).update();
        }
        return proposed;
    }

    /**
     * A record still under registration review changed its ID document (a corrected typing error): the number moves
     * with the record to the corrected person, unless that person already has a lifelong number, which the record
     * then takes. Returns the number the record must carry.
     */
    String moved(IdNumber from, IdNumber to, String number, long studentId) {
        if (from.personKey().equals(to.personKey())) {
            return number;
        }
        int others = jdbc.sql("""
                        SELECT COUNT(*) FROM student WHERE student_number = ? AND id <> ?""")
                .params(number, studentId).query(Integer.class).single();
        if (others == 0) {
            jdbc.sql("DELETE FROM person_student_number WHERE person_key = ? AND student_number = ?")
                    .params(from.personKey(), number).update();
        }
        return numberFor(to, number);
    }

    /** Creates the counter row in its own transaction (a concurrent creator may win: that is fine). */
    private void ensureCounter(String schoolCode, int year) {
        boolean present = jdbc.sql("SELECT COUNT(*) FROM student_number_counter WHERE school_code = ? AND entry_year = ?")
                .params(schoolCode, year).query(Integer.class).single() > 0;
        if (present) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> {
                int existing = jdbc.sql("SELECT student_number FROM student WHERE school_code = ? AND student_number LIKE ?")
                        .params(schoolCode, schoolCode + year + "%").query(String.class).list().stream()
                        .mapToInt(n -> sequenceOf(schoolCode, year, n)).max().orElse(0);
                jdbc.sql("INSERT INTO student_number_counter (school_code, entry_year, last_value) VALUES (?, ?, ?)")
                        .params(schoolCode, year, Math.max(existing, 0)).update();
            });
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // created concurrently
        }
    }
}
