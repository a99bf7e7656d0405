package cn.jledu.studentstatus.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API is unauthenticated out of the box: require HTTP Basic on it (authorizations then apply
 * to every call, e.g. DEPLOYMENT CREATE for a Modeler deployment). Our own API gets {@link ApiAuthenticationFilter}.
 */
@Configuration
class WebSecurityConfiguration {

    /** The client address for the login throttle, on every path (engine REST, our API, the webapps' sign-in). */
    @Bean
    FilterRegistrationBean<ClientAddress> clientAddress() {
        FilterRegistrationBean<ClientAddress> registration = new FilterRegistrationBean<>(new ClientAddress());
        registration.setName("client-address");
        registration.addUrlPatterns("/*");
        registration.setOrder(Integer.MIN_VALUE + 100);
        return registration;
    }

    /** Security headers on our pages and API (the webapps under /camunda/ send their own). */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setName("security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(Integer.MIN_VALUE + 101);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(20);
        return registration;
    }
}
