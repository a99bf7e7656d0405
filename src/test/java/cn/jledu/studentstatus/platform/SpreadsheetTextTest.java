package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13 §4: text that a spreadsheet would take for a formula is neutralised in CSV exports. */
class SpreadsheetTextTest {

    @Test
    void formulaLikeTextGetsALeadingApostrophe() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\",\"点击\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1",
                "\r=1"}) {
            assertThat(SpreadsheetText.isFormulaLike(formula)).as(formula).isTrue();
            assertThat(SpreadsheetText.csv(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void otherValuesStayAsTheyAre() {
        assertThat(SpreadsheetText.csv("张三")).isEqualTo("张三");
        assertThat(SpreadsheetText.csv("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.csv("")).isEqualTo("");
        assertThat(SpreadsheetText.csv(-5L)).isEqualTo(-5L);
        assertThat(SpreadsheetText.csv(null)).isNull();
        assertThat(SpreadsheetText.csvRow("=1", 2, "x")).containsExactly("'=1", 2, "x");
    }
}
