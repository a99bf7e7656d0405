package cn.jledu.studentstatus.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void acceptsPublishedSamplesAndReadsBirthDateAndGender() {
        IdNumber female = IdNumber.of(IdType.RESIDENT_ID, "11010519491231002X", TODAY);
        assertThat(female.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(female.gender()).isEqualTo(Gender.FEMALE);
        IdNumber male = IdNumber.of(IdType.RESIDENT_ID, "440524188001010014", TODAY);
        assertThat(male.gender()).isEqualTo(Gender.MALE);
        assertThat(male.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    }

    @Test
    void normalisesLowerCaseCheckCharacterAndSpaces() {
        assertThat(IdNumber.of(IdType.RESIDENT_ID, " 11010519491231002x ", TODAY).value())
                .isEqualTo("11010519491231002X");
    }

    @Test
    void refusesWrongCheckDigitCitingRegR2() {
        assertThatThrownBy(() -> IdNumber.of(IdType.RESIDENT_ID, "110105194912310021", TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("R-REG-2").hasMessageContaining("校验位错误").hasMessageContaining("应为X");
    }

    @Test
    void refusesWrongLengthAndLetters() {
        assertThatThrownBy(() -> IdNumber.of(IdType.RESIDENT_ID, "11010519491231002", TODAY))
                .hasMessageContaining("18位");
        assertThatThrownBy(() -> IdNumber.of(IdType.RESIDENT_ID, "1101051949123100AX", TODAY))
                .hasMessageContaining("18位");
    }

    @Test
    void refusesImpossibleBirthDateEvenWithCorrectCheckDigit() {
        String first17 = "22012220100230" + "001"; // 30 February 2010
        String id = first17 + IdNumber.checkCharacter(first17);
        assertThatThrownBy(() -> IdNumber.of(IdType.RESIDENT_ID, id, TODAY))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("出生日期不存在");
    }

    @Test
    void refusesBirthDateInTheFuture() {
        String first17 = "22012220270101" + "001";
        String id = first17 + IdNumber.checkCharacter(first17);
        assertThatThrownBy(() -> IdNumber.of(IdType.RESIDENT_ID, id, TODAY)).hasMessageContaining("不可能");
        // the day itself is allowed
        String today17 = "22012220261128" + "001";
        assertThat(IdNumber.of(IdType.RESIDENT_ID, today17 + IdNumber.checkCharacter(today17), TODAY).birthDate())
                .isEqualTo(TODAY);
    }

    @Test
    void refusesGenderMismatchCitingRegR4() {
        assertThatThrownBy(() -> IdNumber.of(IdType.RESIDENT_ID, "440524188001010014",
                LocalDate.of(1880, 1, 1), Gender.FEMALE, TODAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("R-REG-4").hasMessageContaining("性别");
    }

    @Test
    void refusesBirthDateMismatchCitingRegR4() {
        assertThatThrownBy(() -> IdNumber.of(IdType.RESIDENT_ID, "440524188001010014",
                LocalDate.of(1880, 1, 2), Gender.MALE, TODAY))
                .hasMessageContaining("R-REG-4").hasMessageContaining("出生日期");
    }

    @Test
    void acceptsOldAddressCodesThatAreNoLongerCurrent() {
        // 九台 was 220181 before it became 220113: numbers issued then stay valid
        String first17 = "22018120100315" + "002";
        assertThat(IdNumber.of(IdType.RESIDENT_ID, first17 + IdNumber.checkCharacter(first17), TODAY).value())
                .startsWith("220181");
    }

    @Test
    void residencePermitsNeedTheirPrefix() {
        String hk17 = "81000020100101" + "003";
        assertThat(IdNumber.of(IdType.HKMO_RESIDENCE_PERMIT, hk17 + IdNumber.checkCharacter(hk17), TODAY).gender())
                .isEqualTo(Gender.MALE);
        String mainland17 = "22012220100101" + "003";
        assertThatThrownBy(() -> IdNumber.of(IdType.HKMO_RESIDENCE_PERMIT,
                mainland17 + IdNumber.checkCharacter(mainland17), TODAY)).hasMessageContaining("810000");
    }

    @Test
    void masksForLists() {
        assertThat(IdNumber.of(IdType.RESIDENT_ID, "11010519491231002X", TODAY).masked())
                .isEqualTo("110105********002X");
    }

    @Test
    void passportsAreCheckedForShapeOnly() {
        assertThat(IdNumber.of(IdType.PASSPORT, "E12345678", TODAY).personKey()).isEqualTo("PASSPORT:E12345678");
        assertThatThrownBy(() -> IdNumber.of(IdType.PASSPORT, "E1", TODAY)).hasMessageContaining("格式不正确");
    }
}
