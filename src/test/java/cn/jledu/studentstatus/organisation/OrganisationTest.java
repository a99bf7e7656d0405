package cn.jledu.studentstatus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jledu.studentstatus.bootstrap.DemoOrganisation;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@IntegrationTest
class OrganisationTest {

    @Autowired
    OrganisationRepository repository;
    @Autowired
    Organisation organisation;

    @Test
    void bureauTreeHasTheProvinceEveryPrefectureAndChangbaishan() {
        List<Bureau> bureaus = repository.bureaus();
        Map<String, Bureau> byCode = bureaus.stream().collect(Collectors.toMap(Bureau::code, b -> b));
        assertThat(byCode.get("220000").level()).isEqualTo(BureauLevel.PROVINCE);
        assertThat(byCode.get("220000").parentCode()).isNull();
        List<String> cities = bureaus.stream().filter(b -> b.level() == BureauLevel.CITY).map(Bureau::code).toList();
        assertThat(cities).containsExactlyInAnyOrder("220100", "220200", "220300", "220400", "220500", "220600",
                "220700", "220800", "222400", "229901");
        assertThat(bureaus.stream().filter(b -> b.level() == BureauLevel.CITY))
                .allSatisfy(b -> assertThat(b.parentCode()).isEqualTo("220000"));
        assertThat(byCode.get("229901").gb2260()).isFalse();
        assertThat(byCode.get("229901").name()).contains("长白山");
    }

    @Test
    void countiesHangUnderTheirPrefecture() {
        assertThat(repository.bureau("220122").orElseThrow().parentCode()).isEqualTo("220100"); // 农安县 → 长春
        assertThat(repository.bureau("220184").orElseThrow().parentCode()).isEqualTo("220100"); // 公主岭 → 长春
        assertThat(repository.bureau("220221").orElseThrow().parentCode()).isEqualTo("220200"); // 永吉县 → 吉林市
        assertThat(repository.bureau("222401").orElseThrow().parentCode()).isEqualTo("222400"); // 延吉 → 延边州
        assertThat(repository.bureaus().stream().filter(b -> b.level() == BureauLevel.COUNTY))
                .allSatisfy(b -> assertThat(repository.bureau(b.parentCode()).orElseThrow().level())
                        .isEqualTo(BureauLevel.CITY))
                .hasSizeGreaterThan(50);
    }

    @Test
    void everySchoolIsSupervisedByOneBureauOfTheLevelThatRunsIt() {
        for (DemoOrganisation.DemoSchool s : DemoOrganisation.SCHOOLS) {
            Bureau supervising = organisation.supervisingBureau(s.code());
            assertThat(supervising.code()).isEqualTo(s.bureau());
            assertThat(supervising.level()).isEqualTo(s.runBy());
        }
    }

    @Test
    void reviewChainIsCountyThenCityForCountySchoolsAndTheSupervisorOtherwise() {
        assertThat(organisation.reviewChain(Demo.NONGAN.code())).extracting(Bureau::code)
                .containsExactly("220122", "220100");
        assertThat(organisation.reviewChain(Demo.YANJI.code())).extracting(Bureau::code)
                .containsExactly("222401", "222400");
        assertThat(organisation.reviewChain(Demo.CITY_SCHOOL.code())).extracting(Bureau::code)
                .containsExactly("220100");
        assertThat(organisation.reviewChain(Demo.PROVINCE_SCHOOL.code())).extracting(Bureau::code)
                .containsExactly("220000");
        assertThat(organisation.parentOf("220100").code()).isEqualTo("220000");
        assertThat(organisation.parentOf("220000")).isNull();
    }

    @Test
    void databaseRefusesASchoolSupervisedByABureauOfAnotherLevel() {
        assertThatThrownBy(() -> repository.insertSchool(
                new School("2201229999", "错误示例学校", BureauLevel.COUNTY, "220100", true)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(repository.school("2201229999")).isEmpty();
    }

    @Test
    void schoolsRunOnlyApprovedMajorsOfTheCatalogue() {
        assertThat(repository.isApproved(Demo.NONGAN.code(), "610102")).isTrue();
        assertThat(repository.isApproved(Demo.NONGAN.code(), "720201")).isFalse();
        assertThat(repository.major("610102").orElseThrow().agricultureRelated()).isTrue();
        assertThat(repository.major("710201").orElseThrow().agricultureRelated()).isFalse();
        assertThatThrownBy(() -> repository.insertClass(Demo.NONGAN.code(), "720201", "未批准专业班", 2026, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
