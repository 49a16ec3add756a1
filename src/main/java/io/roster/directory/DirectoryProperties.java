package io.roster.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to read people from the LDAP server ({@code roster.directory.*}); the server itself (URL, base, bind user) is
 * Spring's {@code spring.ldap.*}. The defaults fit Active Directory; other servers set their own filter, attribute
 * names and how they mark a disabled account.
 *
 * @param filter which entries are people
 * @param pageSize entries per page (Active Directory answers at most 1,000 per search without paging)
 * @param idAttribute the stable id, stored in the identity map
 * @param disabledAttribute the attribute that marks a disabled account; for {@code userAccountControl} the
 * ACCOUNTDISABLE bit (2) is read, for any other attribute the value {@code disabledValue}, where {@code *} means any
 * value (e.g. 389's {@code nsAccountLock = TRUE}, OpenLDAP's {@code pwdAccountLockedTime = *}); absent means enabled
 */
@ConfigurationProperties("roster.directory")
public record DirectoryProperties(@DefaultValue("demo") Type type,
        @DefaultValue("(&(objectCategory=person)(objectClass=user))") String filter,
        @DefaultValue("500") int pageSize, @DefaultValue("sAMAccountName") String idAttribute,
        @DefaultValue("mail") String emailAttribute, @DefaultValue("displayName") String nameAttribute,
        @DefaultValue("userAccountControl") String disabledAttribute, @DefaultValue("TRUE") String disabledValue) {

    /** {@code ldap} reads the server of {@code spring.ldap.*}; {@code demo} an in-process one with demo people. */
    public enum Type {

        LDAP, DEMO

    }

    static final String USER_ACCOUNT_CONTROL = "userAccountControl";

    /** The ACCOUNTDISABLE flag of Active Directory's {@code userAccountControl}. */
    static final int ACCOUNT_DISABLE = 0x2;

}
