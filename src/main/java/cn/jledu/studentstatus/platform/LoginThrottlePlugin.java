package cn.jledu.studentstatus.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Replaces the engine's identity provider by {@link ThrottledIdentityProvider} (docs/security.md). */
@Component
class LoginThrottlePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<LoginThrottle> throttle;

    LoginThrottlePlugin(ObjectProvider<LoginThrottle> throttle) {
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(ThrottledIdentityProvider.factory(throttle.getObject()));
    }
}
