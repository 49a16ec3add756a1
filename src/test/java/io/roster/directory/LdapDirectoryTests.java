package io.roster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;

/** The LDAP adapter against a real LDAP server in the test JVM, loaded with an Active Directory-like fixture. */
class LdapDirectoryTests {

    static DemoDirectoryServer server;

    static LdapTemplate ldap;

    @BeforeAll
    static void startDirectory() throws Exception {
        try (InputStream ldif = LdapDirectoryTests.class.getResourceAsStream("/directory/ad-fixture.ldif")) {
            server = DemoDirectoryServer.start("dc=corp,dc=example", ldif);
        }
        LdapContextSource source = new LdapContextSource();
        source.setUrl(server.url());
        source.setBase("dc=corp,dc=example");
        source.setAnonymousReadOnly(true);
        source.afterPropertiesSet();
        ldap = new LdapTemplate(source);
    }

    @AfterAll
    static void stopDirectory() {
        server.close();
    }

    static DirectoryProperties activeDirectory(int pageSize) {
        return new DirectoryProperties(DirectoryProperties.Type.LDAP, "(&(objectCategory=person)(objectClass=user))",
                pageSize, "sAMAccountName", "mail", "displayName", "userAccountControl", "TRUE");
    }

    static List<DirectoryPerson> read(DirectoryProperties properties) {
        List<DirectoryPerson> people = new ArrayList<>();
        new LdapDirectory(ldap, properties).forEachPerson(people::add);
        return people;
    }

    @Test
    void readsPeopleWithTheirDisabledFlagFromUserAccountControl() {
        assertThat(read(activeDirectory(500))).containsExactlyInAnyOrder(
                new DirectoryPerson("aactive", "alice.active@corp.example", "Alice Active", true),
                new DirectoryPerson("ddisabled", "dora.disabled@corp.example", "Dora Disabled", false),
                // 66048 = normal account + password never expires: enabled
                new DirectoryPerson("ccontractor", "carl.contractor@corp.example", "Carl Contractor", true));
    }

    @Test
    void skipsComputersGroupsAndPeopleWithoutAnAddress() {
        assertThat(read(activeDirectory(500))).extracting(DirectoryPerson::directoryId)
            .doesNotContain("BUILD01$", "mendix-developers", "nnomail");
    }

    @Test
    void followsEveryPageWhenThePageIsSmallerThanTheDirectory() {
        assertThat(read(activeDirectory(1))).hasSize(3);
    }

    @Test
    void aDisabledAccountIsSeenAtTheNextRead() throws Exception {
        String dn = "CN=Alice Active,OU=Staff,dc=corp,dc=example";
        server.server().modify(dn, new Modification(ModificationType.REPLACE, "userAccountControl", "514"));
        try {
            assertThat(read(activeDirectory(500))).filteredOn(person -> person.directoryId().equals("aactive"))
                .singleElement()
                .extracting(DirectoryPerson::enabled)
                .isEqualTo(false);
        }
        finally {
            server.server().modify(dn, new Modification(ModificationType.REPLACE, "userAccountControl", "512"));
        }
    }

    @Test
    void otherServersUseTheirOwnFilterAttributesAndDisabledMark() throws Exception {
        server.server().add("dn: uid=olaf,OU=Staff,dc=corp,dc=example", "objectClass: inetOrgPerson", "uid: olaf",
                "cn: Olaf Open", "sn: Open", "mail: olaf@corp.example", "nsAccountLock: true");
        try {
            DirectoryProperties openLdap = new DirectoryProperties(DirectoryProperties.Type.LDAP,
                    "(objectClass=inetOrgPerson)", 100, "uid", "mail", "cn", "nsAccountLock", "TRUE");
            assertThat(read(openLdap))
                .containsExactly(new DirectoryPerson("olaf", "olaf@corp.example", "Olaf Open", false));
        }
        finally {
            server.server().delete("uid=olaf,OU=Staff,dc=corp,dc=example");
        }
    }

}
