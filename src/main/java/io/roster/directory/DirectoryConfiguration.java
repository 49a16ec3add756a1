package io.roster.directory;

import java.io.IOException;
import java.io.InputStream;

import com.unboundid.ldap.sdk.LDAPException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;

/**
 * The corporate directory: the LDAP server of {@code spring.ldap.*} (Spring Boot's {@link LdapTemplate} and health
 * indicator), or with {@code roster.directory.type=demo} the demo directory served in process, which then stands in
 * for that server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

    static final String DEMO_BASE = "dc=brightwater,dc=example";

    @Bean
    CorporateDirectory corporateDirectory(LdapTemplate ldap, DirectoryProperties properties) {
        return new LdapDirectory(ldap, properties);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "roster.directory.type", havingValue = "demo", matchIfMissing = true)
    DemoDirectoryServer demoDirectoryServer() throws LDAPException, IOException {
        try (InputStream ldif = new ClassPathResource("directory/brightwater.ldif").getInputStream()) {
            return DemoDirectoryServer.start(DEMO_BASE, ldif);
        }
    }

    /** Replaces Spring Boot's context source (it backs off when one exists). */
    @Bean
    @ConditionalOnProperty(name = "roster.directory.type", havingValue = "demo", matchIfMissing = true)
    LdapContextSource demoDirectoryContextSource(DemoDirectoryServer server) {
        LdapContextSource source = new LdapContextSource();
        source.setUrl(server.url());
        source.setBase(DEMO_BASE);
        source.setAnonymousReadOnly(true);
        return source;
    }

}
