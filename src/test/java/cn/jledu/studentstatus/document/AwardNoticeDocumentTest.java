package cn.jledu.studentstatus.document;

import static cn.jledu.studentstatus.support.ProcessDriver.flat;
import static cn.jledu.studentstatus.support.ProcessDriver.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renders reward notices without Spring and checks the text extracted from the PDF. */
class AwardNoticeDocumentTest {

    static final DocumentRenderer RENDERER = DecisionLetterDocumentTest.RENDERER;
    static final AwardNoticeDocument DOCUMENT = new AwardNoticeDocument(RENDERER);
    static final String BASIS = "《吉林省中等职业学校学生学籍管理暂行办法》第三十四条、第三十八条、第三十九条";

    @Test
    void noticeHasLetterheadTitleNumberStudentClassMajorLevelKindReasonSealAndDate() throws IOException {
        AwardNoticeModel notice = notice("王䶮", "2025级汽车运用与维修1班", "全国职业院校技能大赛一等奖", "国家级", "单项奖",
                "教育部", "在汽车维修项目中获团体第一名。");

        String text = pdfText(DOCUMENT.pdf(notice));

        assertThat(text).contains("永吉县职业教育中心", "学生奖励通知书", "文号：JL-42-1",
                "关于表彰王䶮同学获得“全国职业院校技能大赛一等奖”的决定", "王䶮及监护人王建国：");
        for (String p : notice.paragraphs()) {
            assertThat(flat(text)).contains(flat(p));
        }
        assertThat(text).contains("学生姓名 王䶮", "学籍号 T2202210001000042", "专业 汽车运用与维修",
                "班级 2025级汽车运用与维修1班", "奖励名称 全国职业院校技能大赛一等奖", "奖励层次 国家级", "奖励类别 单项奖",
                "授予单位 教育部", "授予日期 2025年6月1日", "主要事迹 在汽车维修项目中获团体第一名。");
        assertThat(flat(text)).contains("依据：" + BASIS);
        assertThat(text).contains("永吉县职业教育中心（盖章）", "2025年6月3日", "第 1 页 共 1 页");
        assertThat(text.indexOf("主要事迹")).isLessThan(text.indexOf("（盖章）"));
        assertThat(text).doesNotContain("送达回执", "申诉");
    }

    @Test
    void missingClassAndReasonLeaveNoEmptyRows() throws IOException {
        AwardNoticeModel notice = notice("李娜", null, "三好学生", "校级", "综合奖", "永吉县职业教育中心", null);

        String text = pdfText(DOCUMENT.pdf(notice));

        assertThat(text).contains("奖励名称 三好学生", "奖励层次 校级", "奖励类别 综合奖", "专业 汽车运用与维修")
                .doesNotContain("班级", "主要事迹");
    }

    @Test
    void extensionBNameIsPrintedAndExtracted() throws IOException {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(RENDERER.fallbackFont().isPresent() || ci,
                "no fallback font (apt-get install fonts-hanazono, see docs/documents.md)");
        AwardNoticeModel notice = notice("𠮷祥云", null, "三好学生", "校级", "综合奖", "本校", "热心助人，成绩优秀。");

        // "，𠮷" and "“…”" around names: only DocumentXml.markedText lets FOP pick the fallback font for 𠮷.
        // FOP-1969: only the first distinct Extension B character of a document extracts reliably; this has one
        assertThat(pdfText(DOCUMENT.pdf(notice))).contains("关于表彰𠮷祥云同学获得“三好学生”的决定", "𠮷祥云及监护人王建国：",
                "学生姓名 𠮷祥云");
    }

    @Test
    void fileNameIsTheDocumentNumberAndSubject() {
        assertThat(AwardNoticeDocument.fileName(notice("王䶮", null, "三好学生", "校级", "综合奖", "本校", null)))
                .isEqualTo("JL-42-1-学生奖励通知书.pdf");
    }

    private static AwardNoticeModel notice(String name, String className, String award, String level, String kind,
                                           String body, String reason) {
        return new AwardNoticeModel("2202210001", "永吉县职业教育中心", "学生奖励通知书",
                "关于表彰" + name + "同学获得“" + award + "”的决定", "JL-42-1", name + "及监护人王建国", name,
                "T2202210001000042", "汽车运用与维修", className, level, kind, award, body, LocalDate.of(2025, 6, 1),
                reason, List.of(name + "同学获得" + body + "2025年6月1日授予的" + level + kind + "“" + award + "”。",
                        "经校长确认，学校予以通报表彰，本奖励已存入学籍档案。希望你珍惜荣誉，再接再厉。"),
                BASIS, LocalDate.of(2025, 6, 3));
    }
}
