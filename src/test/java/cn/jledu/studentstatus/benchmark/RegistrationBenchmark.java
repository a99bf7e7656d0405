package cn.jledu.studentstatus.benchmark;

import cn.jledu.studentstatus.registrationfiling.RegistrationFilingService;
import cn.jledu.studentstatus.student.Intake;

import cn.jledu.studentstatus.bootstrap.DemoOrganisation;
import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.document.RegistrationFilingList;
import cn.jledu.studentstatus.document.RegistrationFilingListDocument;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.registration.Applicant;
import cn.jledu.studentstatus.registration.RegistrationService;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test of speed: `mvn verify -Pbenchmark` registers 20,000 students in batches of 1,000 on
 * PostgreSQL (the same path as a bulk upload: validation, 学籍号, records, archive, one review process per batch)
 * and renders the filing list of 5,000 of them. It prints the figures; docs/performance.md records them.
 */
@Tag("benchmark")
@IntegrationTest
class RegistrationBenchmark {

    static final int STUDENTS = Integer.getInteger("benchmark.students", 20_000);
    static final int BATCH = Integer.getInteger("benchmark.batch", 1_000);

    @Autowired
    RegistrationService registrations;


    @Autowired

    cn.jledu.studentstatus.registration.RegistrationProcess registrationProcess;
    @Autowired
    RegistrationFilingService filings;
    @Autowired
    RegistrationFilingListDocument document;

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void registerTwentyThousandStudentsAndPrintTheFilingListOfFiveThousand() {
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 9, 0));
        Intake intake = new Intake(2026, Season.AUTUMN);
        List<DemoSchool> schools = DemoOrganisation.SCHOOLS;
        // the first school gets 5,000 (its filing list is rendered below), the others share the rest
        int first = Math.min(5_000, STUDENTS);
        int others = (STUDENTS - first) / (schools.size() - 1);
        long start = System.nanoTime();
        int registered = 0;
        List<Double> batchSeconds = new ArrayList<>();
        for (DemoSchool school : schools) {
            int perSchool = school == schools.get(0) ? first : others;
            for (int done = 0; done < perSchool; done += BATCH) {
                List<Applicant> batch = new ArrayList<>();
                for (int i = 0; i < Math.min(BATCH, perSchool - done); i++) {
                    List<String> majors = school.majors().stream().filter(m -> !m.equals("750201")).toList();
                    batch.add(Applicants.junior(majors.get(i % majors.size()))
                            .row(i + 2).name("基准" + (done + i)).build());
                }
                long t = System.nanoTime();
                RegistrationService.Submission s = CurrentUser.callAs(Demo.staff(school, SchoolRole.REGISTRAR),
                        () -> registrationProcess.submit(school.code(), intake, batch, "BENCHMARK", null, null, false));
                batchSeconds.add((System.nanoTime() - t) / 1e9);
                Assertions.assertThat(s.problems()).isEmpty();
                registered += s.registered();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        batchSeconds.sort(null);

        EngineClock.set(LocalDateTime.of(2026, 11, 21, 9, 0));
        RegistrationFilingList all = filings.model(schools.get(0).code(), intake);
        RegistrationFilingList list = new RegistrationFilingList(all.schoolCode(), all.schoolName(),
                all.supervisingBureauName(), all.countySchool(), all.countyBureauName(), all.cityBureauName(),
                all.intakeYear(), all.intakeSeasonLabel(), all.generatedOn(), all.rows().subList(0, Math.min(5000, all.rows().size())));
        long p1 = System.nanoTime();
        byte[] cold = document.pdf(list);
        double coldSeconds = (System.nanoTime() - p1) / 1e9;
        long p2 = System.nanoTime();
        document.pdf(list);
        double warmSeconds = (System.nanoTime() - p2) / 1e9;

        System.out.printf("%n=== Registration benchmark (PostgreSQL, %d cores) ===%n", Runtime.getRuntime().availableProcessors());
        System.out.printf("registered students : %d in %d batches of %d%n", registered, batchSeconds.size(), BATCH);
        System.out.printf("total time          : %.1f s%n", seconds);
        System.out.printf("students/second     : %.0f%n", registered / seconds);
        System.out.printf("batch time (s)      : median %.2f, max %.2f%n", batchSeconds.get(batchSeconds.size() / 2),
                batchSeconds.get(batchSeconds.size() - 1));
        System.out.printf("filing list PDF     : 5000 rows, %d KB, cold %.1f s, warm %.1f s%n", cold.length / 1024,
                coldSeconds, warmSeconds);
        Assertions.assertThat(registered).isEqualTo(first + others * (schools.size() - 1));
    }
}
