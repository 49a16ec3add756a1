package io.roster.sandbox;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The sandbox platform on its own, without Roster: the same endpoints, state directory and journal, so Roster can be
 * stopped and started against a platform that keeps running. See {@code docs/sandbox.md}.
 * <p>
 * It imports only the auto-configuration a small web service needs; nothing else on Roster's class path (the engine,
 * the database, Flyway) is started. On purpose not a {@code @Configuration}: Roster's component scan must not pick it
 * up.
 */
@ComponentScan(basePackageClasses = SandboxPlatformApplication.class)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class, SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
public class SandboxPlatformApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application in profile {@code sandbox}, ready to run (tests start it on a random port). */
    static SpringApplication application() {
        SpringApplication application = new SpringApplication(SandboxPlatformApplication.class);
        application.setAdditionalProfiles("sandbox");
        // the banner on the class path is the engine's, which does not run here
        application.setBannerMode(Banner.Mode.OFF);
        return application;
    }

}
