package cn.jledu.studentstatus.suspension;

import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.suspension.SuspensionContract.Ground;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** R-SUS-1 and R-SUS-2 without the engine: refusal and boundary. */
class SuspensionRulesTest {

    @Test
    void exactlyOneThirdOfTheClassHoursIsNotEnoughOneHourMoreIs() { // R-SUS-1
        Assertions.assertThat(SuspensionService.moreThanOneThird(180, 540)).isFalse();
        Assertions.assertThat(SuspensionService.moreThanOneThird(181, 540)).isTrue();
        Assertions.assertThat(SuspensionService.moreThanOneThird(186, 560)).isFalse();
        Assertions.assertThat(SuspensionService.moreThanOneThird(187, 560)).isTrue();
        Assertions.assertThat(SuspensionService.oneThird(540)).isEqualTo("180");
    }

    @Test
    void twoYearsInAllButNotMoreExceptMilitaryService() { // R-SUS-2
        SuspensionService.checkCap(Ground.ILLNESS, 12, 12);
        Assertions.assertThatThrownBy(() -> SuspensionService.checkCap(Ground.LEAVE, 12, 13))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-SUS-2");
        SuspensionService.checkCap(Ground.MILITARY, 24, 24);
    }
}
