package cn.jledu.studentstatus.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Installs the {@link TaskVariableGuard} in the engine's command chain (after the command context is opened). */
@Component
class TaskVariableGuardPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<FreeTextPolicy> textPolicy;

    TaskVariableGuardPlugin(ObjectProvider<FreeTextPolicy> textPolicy) {
        this.textPolicy = textPolicy;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired();
        if (post == null) {
            post = new ArrayList<>();
            configuration.setCustomPostCommandInterceptorsTxRequired(post);
        }
        post.add(new TaskVariableGuard(textPolicy::getIfAvailable));
    }
}
