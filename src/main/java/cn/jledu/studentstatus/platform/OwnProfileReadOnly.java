package cn.jledu.studentstatus.platform;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Issue 13 §5: a user could rename itself (e.g. to 省教育厅) because Camunda grants every new user ALL on its own
 * user resource. New users get READ on themselves only; profile and password changes are for administrators
 * (IdentitySync narrows the grant of users created before). docs/security.md.
 */
@Component
class OwnProfileReadOnly extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newUser(User user) {
                return new AuthorizationEntity[] {
                    createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), Permissions.READ)};
            }
        });
    }
}
