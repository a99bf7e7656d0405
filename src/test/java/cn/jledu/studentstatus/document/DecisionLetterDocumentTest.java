package cn.jledu.studentstatus.document;

import static cn.jledu.studentstatus.support.ProcessDriver.flat;
import static cn.jledu.studentstatus.support.ProcessDriver.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jledu.studentstatus.document.DecisionLetterModel.Appeal;
import cn.jledu.studentstatus.document.DecisionLetterModel.Particular;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renders decision letters without Spring and checks the text extracted from the PDF. */
class DecisionLetterDocumentTest {

    static final DocumentRenderer RENDERER = new DocumentRenderer(DocumentSettings.defaults());
    static final DecisionLetterDocument DOCUMENT = new DecisionLetterDocument(RENDERER);
    static final String BASIS = "《吉林省中等职业学校学生学籍管理暂行办法》第三十四条至第三十九条";

    @Test
    void expulsionLetterHasTitleNameLevelGroundBasisAppealDeadlineSignatureAndReceipt() throws IOException {
        DecisionLetterModel letter = new DecisionLetterModel("2202210001", "永吉县职业教育中心", "学生处分决定书",
                "关于给予王䶮同学开除学籍处分的决定", "CF-42-1-1", "王䶮及监护人王建国",
                List.of("经查，王䶮同学多次旷课并与同学打架。",
                        "依据《吉林省中等职业学校学生学籍管理暂行办法》第三十六条（触犯国家法律，构成刑事犯罪的），经2025-09-22校长办公会议"
                                + "研究决定（纪要 校长办公会议纪要〔2025〕12号），给予开除学籍处分。",
                        "如对本决定有异议，可在收到本决定之日起10个工作日内向学校学生申诉处理委员会提出书面申诉（截止 2025-10-16）。"),
                List.of(new Particular("学生姓名", "王䶮"), new Particular("学籍号", "T2202210001000042"),
                        new Particular("处分等级", "开除学籍"),
                        new Particular("第三十六条情形", "触犯国家法律，构成刑事犯罪的")),
                BASIS,
                new Appeal("如对本决定有异议，可在收到本决定之日起10个工作日内向学校学生申诉处理委员会提出书面申诉。",
                        "永吉县职业教育中心学生申诉处理委员会", LocalDate.of(2025, 10, 16)),
                LocalDate.of(2025, 9, 26));

        String text = pdfText(DOCUMENT.pdf(letter));

        assertThat(text).contains("永吉县职业教育中心", "学生处分决定书", "文号：CF-42-1-1", "关于给予王䶮同学开除学籍处分的决定",
                "王䶮及监护人王建国：");
        for (String p : letter.paragraphs()) {
            assertThat(flat(text)).contains(flat(p));
        }
        assertThat(text).contains("学生姓名 王䶮", "学籍号 T2202210001000042", "处分等级 开除学籍",
                "第三十六条情形 触犯国家法律，构成刑事犯罪的");
        assertThat(flat(text)).contains("处理依据：" + BASIS);
        assertThat(text).contains("申诉权利告知", "申诉受理机构：永吉县职业教育中心学生申诉处理委员会",
                "申诉截止日期：2025年10月16日（2025-10-16，含当日）");
        assertThat(text).contains("永吉县职业教育中心（盖章）", "2025年9月26日");
        assertThat(text).contains("送达回执", "送达文书 学生处分决定书（CF-42-1-1）", "受送达人 王䶮及监护人王建国",
                "签收人（签字）", "与学生关系：", "签收日期 　　　　年　　月　　日", "送达人");
        assertThat(text).contains("第 1 页 共 ");
        assertThat(text.indexOf("申诉截止日期")).isLessThan(text.indexOf("（盖章）"));
        assertThat(text.indexOf("（盖章）")).isLessThan(text.indexOf("送达回执"));
    }

    @Test
    void reviewDecisionNamesTheSupervisingBureauAndTheFifteenWorkingDayDeadline() throws IOException {
        DecisionLetterModel letter = new DecisionLetterModel("2202210001", "永吉县职业教育中心", "学生申诉复查决定书",
                "关于王䶮同学申诉的复查决定", "CF-42-1-2", "王䶮及监护人王建国",
                List.of("学校学生申诉处理委员会对你的申诉进行了复查，决定：维持原处分。理由：经复查"),
                List.of(new Particular("学生姓名", "王䶮"), new Particular("处分等级", "记过")), BASIS,
                new Appeal("如对复查决定不服，可在收到本决定之日起15个工作日内向主管教育行政部门书面申诉。",
                        "主管教育行政部门（永吉县教育局）", LocalDate.of(2025, 10, 23)),
                LocalDate.of(2025, 9, 26));

        String text = pdfText(DOCUMENT.pdf(letter));

        assertThat(text).contains("学生申诉复查决定书", "关于王䶮同学申诉的复查决定", "处分等级 记过",
                "可在收到本决定之日起15个工作日内向主管教育行政部门书面申诉", "申诉受理机构：主管教育行政部门（永吉县教育局）",
                "申诉截止日期：2025年10月23日（2025-10-23，含当日）");
    }

    @Test
    void letterWithoutAppealRightsHasNoAppealBlockButStillTheReceipt() throws IOException {
        DecisionLetterModel letter = new DecisionLetterModel("2202010001", "吉林市教育局", "学生申诉处理决定书",
                "关于王䶮同学申诉的处理决定", "CF-42-1-3", "王䶮及监护人王建国",
                List.of("吉林市教育局对你的申诉作出处理决定：撤销学校的处分决定。理由：证据不足"), List.of(), null, null,
                LocalDate.of(2025, 11, 2));

        String text = pdfText(DOCUMENT.pdf(letter));

        assertThat(text).contains("关于王䶮同学申诉的处理决定", "吉林市教育局（盖章）", "2025年11月2日", "送达回执")
                .doesNotContain("申诉权利告知", "处理依据");
    }

    @Test
    void extensionBNameIsPrintedAndExtracted() throws IOException {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(RENDERER.fallbackFont().isPresent() || ci,
                "no fallback font (apt-get install fonts-hanazono, see docs/documents.md)");
        DecisionLetterModel letter = new DecisionLetterModel("2202210001", "永吉县职业教育中心", "学生处分决定书",
                "关于给予𠮷祥云同学警告处分的决定", "CF-43-1-1", "𠮷祥云及监护人李娜",
                List.of("经查，𠮷祥云同学多次旷课。"), List.of(new Particular("学生姓名", "𠮷祥云")), BASIS, null,
                LocalDate.of(2025, 9, 26));

        // "，𠮷": FOP picks one font per word; without DocumentXml.markedText this word fails (no glyph in Noto).
        // FOP-1969: only the first distinct Extension B character of a document extracts reliably; this has one
        assertThat(pdfText(DOCUMENT.pdf(letter))).contains("关于给予𠮷祥云同学警告处分的决定", "𠮷祥云及监护人李娜：",
                "学生姓名 𠮷祥云");
    }

    @Test
    void markedTextPutsRunsOutsideTheBmpInExtElements() {
        byte[] xml = DocumentXml.write("r", x -> x.markedText("p", "经查，𠮷𠮷祥云").markedText("q", null));
        assertThat(DocumentXml.text(xml)).endsWith("<r><p>经查，<ext>𠮷𠮷</ext>祥云</p><q></q></r>");
    }

    @Test
    void fileNameIsTheDocumentNumberAndSubject() {
        DecisionLetterModel letter = new DecisionLetterModel("2202210001", "永吉县职业教育中心", "学生处分决定书", "t",
                "CF-42-1-1", "r", List.of(), List.of(), null, null, LocalDate.of(2025, 9, 26));
        assertThat(DecisionLetterDocument.fileName(letter)).isEqualTo("CF-42-1-1-学生处分决定书.pdf");
    }
}
