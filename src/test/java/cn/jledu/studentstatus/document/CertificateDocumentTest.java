package cn.jledu.studentstatus.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Certificates and the stamping sheet as PDF, checked by text extraction (R-GRD-3…6); no Spring. */
class CertificateDocumentTest {

    static final CertificateDocument CERTIFICATES = new CertificateDocument(DecisionLetterDocumentTest.RENDERER);
    static final StampingSheetDocument SHEETS = new StampingSheetDocument(DecisionLetterDocumentTest.RENDERER);

    static CertificateModel completion(boolean flexible) {
        return new CertificateModel("2201000001", "中等职业学校结业证书", "22202820000007", "王䶮", "男",
                LocalDate.of(2009, 5, 1), "220102200905010011", "长春市第一职业中等专业学校", "汽车运用与维修", 3,
                flexible ? "弹性学习" : "全日制学习", flexible, LocalDate.of(2025, 9, 1), LocalDate.of(2028, 7, 1),
                "修业期满，部分课程或考核未达到毕业要求，准予结业。",
                flexible ? List.of("学习形式：弹性学习；学习期限：2025年9月 至 2028年7月（R-GRD-5）") : List.of(),
                "长春市第一职业中等专业学校", "长春市教育局", LocalDate.of(2028, 7, 1));
    }

    @Test
    void aCompletionCertificateStatesTheNumberTheHolderAndTheStatement_R_GRD_6() {
        String text = ProcessDriver.flat(ProcessDriver.pdfText(CERTIFICATES.pdf(List.of(completion(false)))));
        assertThat(text).contains("中等职业学校结业证书", "证书编号：22202820000007", "王䶮", "220102200905010011",
                "汽车运用与维修", "准予结业", "验印：长春市教育局", "2028年7月1日");
        assertThat(text).doesNotContain("弹性学习");
    }

    @Test
    void aFlexibleLearnersCertificateStatesTheLearningFormAndPeriod_R_GRD_5() {
        String text = ProcessDriver.flat(ProcessDriver.pdfText(CERTIFICATES.pdf(List.of(completion(true)))));
        assertThat(text).contains("学习形式：弹性学习；学习期限：2025年9月至2028年7月", "（弹性学习）");
    }

    @Test
    void theStampingSheetListsEveryCertificateWithTheCounts_R_GRD_3() {
        StampingSheetModel sheet = new StampingSheetModel("2201000001", "长春市第一职业中等专业学校", "GRD-2201000001-2028-1",
                2028, "长春市教育局", "长春市教育局", LocalDate.of(2028, 6, 12), LocalDate.of(2028, 6, 12), List.of(
                new StampingSheetModel.Row("22202810000001", "毕业", "S001", "张三", "男", "220102200901010011",
                        "汽车运用与维修", "全日制学习", null),
                new StampingSheetModel.Row("22202820000001", "结业", "S002", "李四", "女", "220102200902020022",
                        "汽车运用与维修", "全日制学习", "思想品德评价不合格")));
        String text = ProcessDriver.flat(ProcessDriver.pdfText(SHEETS.pdf(sheet)));
        assertThat(text).contains("中等职业学校毕业证书验印单", "证书共2份：毕业证书1份，结业证书1份", "22202810000001", "张三",
                "22202820000001", "思想品德评价不合格", "验印部门：长春市教育局", "留存一份");
    }
}
