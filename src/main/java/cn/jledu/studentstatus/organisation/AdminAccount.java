package cn.jledu.studentstatus.organisation;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The administrator account. Outside the demo there is no default password: start-up fails unless
 * STUDENT_STATUS_ADMIN_PASSWORD provides one that is not a well-known demo value (docs/security.md).
 */
@Component
public class AdminAccount {

    static final Set<String> WEAK = Set.of("", "admin", "demo", "password", "123456", "camunda");

    private final IdentityService identity;
    private final IdentitySync sync;
    private final StudentStatusSettings settings;

    public AdminAccount(IdentityService identity, IdentitySync sync, StudentStatusSettings settings) {
        this.identity = identity;
        this.sync = sync;
        this.settings = settings;
    }

    public void ensure() {
        String userId = settings.admin().userId();
        String password = settings.admin().password() == null ? "" : settings.admin().password();
        if (!settings.demo().enabled() && (WEAK.contains(password) || password.length() < 12)) {
            throw new IllegalStateException("生产环境拒绝启动：请通过环境变量 STUDENT_STATUS_ADMIN_PASSWORD "
                    + "设置至少 12 位、非默认值的管理员密码。");
        }
        User existing = identity.createUserQuery().userId(userId).singleResult();
        if (existing == null) {
            sync.ensureUser(userId, "系统", "管理员", password, List.of(GroupIds.ADMIN));
        } else if (!settings.demo().enabled() && !identity.checkPassword(userId, password)) {
            // production: the environment is the source of truth for the administrator password
            existing.setPassword(password);
            identity.saveUser(existing);
        }
    }
}
