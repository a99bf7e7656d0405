package cn.jledu.studentstatus.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine wiring that Camunda's starter leaves open. */
@Configuration
class EngineConfiguration {

    /** Our Flyway migrations run before the engine starts (and, in tests, before it creates its tables). */
    @Bean
    static AbstractDependsOnBeanFactoryPostProcessor engineAfterFlyway() {
        return new AbstractDependsOnBeanFactoryPostProcessor(ProcessEngine.class, ProcessEngineFactoryBean.class,
                "flywayInitializer") {
        };
    }
}
