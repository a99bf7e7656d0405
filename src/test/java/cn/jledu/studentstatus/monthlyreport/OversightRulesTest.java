package cn.jledu.studentstatus.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules of the oversight page and the report export that need no engine. */
class OversightRulesTest {

    /** R-MON-3 (P4): a gap of exactly the configured share is tolerated, one student more is highlighted. */
    @Test
    void headcountGapIsHighlightedAboveTheConfiguredShare() {
        assertThat(OversightService.highlighted(100, 95, 5)).isFalse();
        assertThat(OversightService.highlighted(100, 105, 5)).isFalse();
        assertThat(OversightService.highlighted(100, 94, 5)).isTrue();
        assertThat(OversightService.highlighted(100, 106, 5)).isTrue();
        assertThat(OversightService.highlighted(0, 0, 5)).isFalse();
        assertThat(OversightService.highlighted(0, 1, 5)).isTrue();
    }

    /** Exported cells never become formulas: = + - @ (and tab, CR) at the start are quoted. */
    @Test
    void valuesThatASpreadsheetWouldEvaluateAreQuoted() {
        assertThat(MonthlyReportDocument.looksLikeFormula("=1+1")).isTrue();
        assertThat(MonthlyReportDocument.looksLikeFormula("+86")).isTrue();
        assertThat(MonthlyReportDocument.looksLikeFormula("-3")).isTrue();
        assertThat(MonthlyReportDocument.looksLikeFormula("@SUM(A1)")).isTrue();
        assertThat(MonthlyReportDocument.looksLikeFormula("\t=1")).isTrue();
        assertThat(MonthlyReportDocument.looksLikeFormula("张三=李四")).isFalse();
        assertThat(MonthlyReportDocument.looksLikeFormula("")).isFalse();
    }
}
