package cn.jledu.studentstatus.organisation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminAccountTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "admin", "demo", "short-pw"})
    void productionRefusesToStartWithoutAStrongAdministratorPassword(String password) {
        IdentityService identity = mock(IdentityService.class);
        StudentStatusSettings production = new StudentStatusSettings(
                new StudentStatusSettings.Demo(false, "demo"), new StudentStatusSettings.Admin("admin", password));
        AdminAccount account = new AdminAccount(identity, null, production);
        assertThatThrownBy(account::ensure).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STUDENT_STATUS_ADMIN_PASSWORD");
        verifyNoInteractions(identity);
    }
}
