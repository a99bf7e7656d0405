package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.latereporting.Admission;
import cn.jledu.studentstatus.latereporting.LateReportingProcess;
import cn.jledu.studentstatus.registration.RegistrationProcess;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 §5: no full ID number in a case key or a business key (they appear in URLs, logs, Cockpit, document
 * numbers; an admission's key was {@code ADM-…-110105201001010010}). Starts the cases whose keys are made from a
 * person (an admission, a single registration) and then scans every case key and business key in the database —
 * every column named {@code case_key}/{@code *_case_key}, the engine's runtime and history business keys —
 * including those of every process test that ran before in the same database, for an 18-character mainland ID
 * number with a valid check digit.
 */
@IntegrationTest
class CaseKeysTest {

    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String CHECK = "10X98765432";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LateReportingProcess lateReporting;
    @Autowired
    RegistrationProcess registration;

    @Test
    void noCaseKeyOrBusinessKeyContainsAFullIdNumber() {
        cn.jledu.studentstatus.support.EngineClock.set(java.time.LocalDateTime.of(2026, 9, 15, 10, 0));
        try {
            startCasesKeyedByAPerson();
        } finally {
            cn.jledu.studentstatus.support.EngineClock.reset();
        }
        scan();
    }

    private void startCasesKeyedByAPerson() {
        String idNumber = Applicants.freshIdNumber(Gender.MALE, LocalDate.of(2010, 5, 6));
        Admission admission = lateReporting.expect(Demo.NONGAN.code(), "赵一", IdType.RESIDENT_ID, idNumber, "LQ-KEY",
                cn.jledu.studentstatus.platform.AppClock.today().plusDays(3));
        assertThat(admission.caseKey()).doesNotContain(idNumber);
        String registered = Applicants.freshIdNumber(Gender.FEMALE, LocalDate.of(2011, 3, 15));
        Demo.asRegistrar(Demo.NONGAN, () -> registration.registerOne(Demo.NONGAN.code(),
                new Intake(2026, Season.AUTUMN), Applicants.junior("710201").idNumber(registered).gender(Gender.FEMALE)
                        .build()));
    }

    private void scan() {
        String idNumber = Applicants.freshIdNumber(Gender.MALE, LocalDate.of(2010, 5, 6));
        List<String> columns = jdbc.sql("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND (column_name LIKE '%case_key' OR column_name = 'business_key_')
                ORDER BY 1""").query(String.class).list();
        assertThat(columns).contains("admission.case_key", "act_hi_procinst.business_key_", "act_ru_execution.business_key_",
                "registration_batch.case_key", "document.case_key");
        List<String> offenders = new ArrayList<>();
        long keys = 0;
        for (String column : columns) {
            String[] tc = column.split("\\.");
            for (String key : jdbc.sql("SELECT DISTINCT " + tc[1] + " FROM " + tc[0] + " WHERE " + tc[1] + " IS NOT NULL")
                    .query(String.class).list()) {
                keys++;
                Matcher m = ID_NUMBER.matcher(key);
                while (m.find()) {
                    if (validCheckDigit(m.group())) {
                        offenders.add(column + ": " + key);
                    }
                }
            }
        }
        assertThat(keys).as("keys scanned").isGreaterThan(2);
        assertThat(offenders).as("case and business keys with a full ID number").isEmpty();
        assertThat(validCheckDigit(idNumber)).as("the scan recognises an ID number").isTrue();
        assertThat(ID_NUMBER.matcher("ADM-" + Demo.NONGAN.code() + "-" + idNumber).find()).isTrue();
    }

    static boolean validCheckDigit(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11);
    }
}
