package io.roster.directory;

import java.util.Locale;
import java.util.function.Consumer;

import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;

import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapOperationsCallback;
import org.springframework.ldap.core.support.SingleContextSource;
import org.springframework.ldap.control.PagedResultsDirContextProcessor;

/**
 * Reads people from Active Directory or another LDAP server with Spring LDAP, page by page (Active Directory stops at
 * 1,000 entries per plain search).
 */
public class LdapDirectory implements CorporateDirectory {

    private final LdapTemplate ldap;

    private final DirectoryProperties properties;

    public LdapDirectory(LdapTemplate ldap, DirectoryProperties properties) {
        this.ldap = ldap;
        this.properties = properties;
    }

    @Override
    public void forEachPerson(Consumer<DirectoryPerson> each) {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] { properties.idAttribute(), properties.emailAttribute(),
                properties.nameAttribute(), properties.disabledAttribute() });
        AttributesMapper<Void> mapper = attributes -> {
            DirectoryPerson person = person(attributes);
            if (person != null) {
                each.accept(person);
            }
            return null;
        };
        // the paged-results cookie belongs to one connection: all pages over the same one
        SingleContextSource.doWithSingleContext(ldap.getContextSource(), (LdapOperationsCallback<Void>) single -> {
            PagedResultsDirContextProcessor pages = new PagedResultsDirContextProcessor(properties.pageSize());
            do {
                single.search("", properties.filter(), controls, mapper, pages);
                pages = new PagedResultsDirContextProcessor(properties.pageSize(), pages.getCookie());
            }
            while (pages.getCookie() != null && pages.getCookie().getCookie() != null);
            return null;
        });
    }

    private DirectoryPerson person(Attributes attributes) throws NamingException {
        String email = text(attributes, properties.emailAttribute());
        if (email == null || email.isBlank()) {
            return null;
        }
        String id = text(attributes, properties.idAttribute());
        return new DirectoryPerson(id, email.trim().toLowerCase(Locale.ROOT), text(attributes, properties.nameAttribute()),
                !disabled(text(attributes, properties.disabledAttribute())));
    }

    private boolean disabled(String value) {
        if (value == null) {
            return false;
        }
        if (properties.disabledAttribute().equalsIgnoreCase(DirectoryProperties.USER_ACCOUNT_CONTROL)) {
            try {
                return (Integer.parseInt(value.trim()) & DirectoryProperties.ACCOUNT_DISABLE) != 0;
            }
            catch (NumberFormatException unreadable) {
                // an unreadable flag must not hide a leaver: treat as disabled, so a person looks at it
                return true;
            }
        }
        // "*": any value marks a disabled account (e.g. a lock time)
        return "*".equals(properties.disabledValue()) || properties.disabledValue().equalsIgnoreCase(value.trim());
    }

    private static String text(Attributes attributes, String name) throws NamingException {
        Attribute attribute = attributes.get(name);
        return attribute == null || attribute.get() == null ? null : attribute.get().toString();
    }

}
