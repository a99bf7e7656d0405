package cn.jledu.studentstatus.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * R-MON-2: a change counts as reported in the month when the national outbox holds an entry of its case. A suspension
 * case reports each request (suspension, extension, resumption) under {@code <caseKey>#<requestId>}; those entries
 * belong to the case, other cases' keys that merely start alike do not.
 */
class MonthlyReportCaseKeyTest {

    @Test
    void requestEntriesOfTheCaseCountForItsChanges_R_MON_2() {
        assertThat(MonthlyReportService.sameCase("SUS-2201220001-7", "SUS-2201220001-7")).isTrue();
        assertThat(MonthlyReportService.sameCase("SUS-2201220001-7", "SUS-2201220001-7#12")).isTrue();
    }

    @Test
    void anotherCaseWithALongerKeyDoesNotCount_R_MON_2() {
        assertThat(MonthlyReportService.sameCase("SUS-2201220001-7", "SUS-2201220001-71#12")).isFalse();
        assertThat(MonthlyReportService.sameCase("SUS-2201220001-7", "SUS-2201220001-71")).isFalse();
        assertThat(MonthlyReportService.sameCase(null, "SUS-2201220001-7")).isFalse();
        assertThat(MonthlyReportService.sameCase("SUS-2201220001-7", null)).isFalse();
    }
}
