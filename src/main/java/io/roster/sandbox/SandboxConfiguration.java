package io.roster.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the sandbox platform into the web layer: the edge filter (journal, faults) in front of every platform API,
 * the platform's own authentication before each operation, and HTTP Basic before the admin API. Active in profile
 * {@code sandbox}, inside Roster or in {@link SandboxPlatformApplication}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
@EnableConfigurationProperties(SandboxProperties.class)
class SandboxConfiguration implements WebMvcConfigurer {

    private final PlatformStore store;

    private final SandboxProperties properties;

    SandboxConfiguration(PlatformStore store, SandboxProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Bean
    FilterRegistrationBean<PlatformEdgeFilter> sandboxPlatformEdge(Journal journal, Faults faults,
            ObjectMapper json) {
        FilterRegistrationBean<PlatformEdgeFilter> registration = new FilterRegistrationBean<>(
                new PlatformEdgeFilter(journal, faults, json));
        registration.addUrlPatterns("/sandbox/*");
        registration.setName("sandboxPlatformEdge");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PlatformGate(store))
            .addPathPatterns("/sandbox/**")
            .excludePathPatterns(SandboxApi.Paths.ADMIN + "/**");
        registry.addInterceptor(new AdminGate(properties)).addPathPatterns(SandboxApi.Paths.ADMIN + "/**");
    }

}
