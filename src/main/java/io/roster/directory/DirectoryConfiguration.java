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

/** The corporate directory: the LDAP server of {@code spring.ldap.*}, or the demo directory in process. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

    static final String DEMO_BASE = "dc=brightwater,dc=example";

    @Bean
    @ConditionalOnProperty(name = "roster.directory.type", havingValue = "ldap")
    CorporateDirectory ldapDirectory(LdapTemplate ldap, DirectoryProperties properties) {
        return new LdapDirectory(ldap, properties);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "roster.directory.type", havingValue = "demo", matchIfMissing = true)
    DemoDirectoryServer demoDirectoryServer() throws LDAPException, IOException {
        try (InputStream ldif = new ClassPathResource("directory/brightwater.ldif").getInputStream()) {
            return DemoDirectoryServer.start(DEMO_BASE, ldif);
        }
    }

    @Bean
    @ConditionalOnProperty(name = "roster.directory.type", havingValue = "demo", matchIfMissing = true)
    CorporateDirectory demoDirectory(DemoDirectoryServer server, DirectoryProperties properties) {
        LdapContextSource source = new LdapContextSource();
        source.setUrl(server.url());
        source.setBase(DEMO_BASE);
        source.setAnonymousReadOnly(true);
        source.afterPropertiesSet();
        return new LdapDirectory(new LdapTemplate(source), properties);
    }

}
