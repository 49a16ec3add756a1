package io.roster.process;

import java.util.List;
import java.util.regex.Pattern;

import io.roster.system.FieldError;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Checks of request fields that every process started over {@code /api} shares: who a manager is, and whether a text
 * can be stored at all.
 */
@Component
public class RequestFields {

    // an "@" alone does not make an address: "@SUM(1+1)*cmd|..." is a spreadsheet formula
    private static final Pattern EMAIL_ADDRESS = Pattern
        .compile("[^\\s@()<>,;:\"|=*']+@[^\\s@()<>,;:\"|=*']+\\.[^\\s@()<>,;:\"|=*']+");

    private final IdentityService identityService;

    public RequestFields(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** A manager is a Roster (Camunda) user id or a well-formed e-mail address; blank is left to the annotations. */
    public void checkManager(List<FieldError> errors, String field, String manager) {
        if (manager == null || manager.isBlank()) {
            return;
        }
        String value = manager.trim();
        boolean known = value.contains("@") ? EMAIL_ADDRESS.matcher(value).matches()
                : identityService.createUserQuery().userId(value).count() > 0;
        if (!known) {
            errors.add(new FieldError(field, "is neither a Roster user id nor an e-mail address"));
        }
    }

    /** Half of a surrogate pair is not text (PostgreSQL refuses to store it), so the request is refused instead. */
    public static void checkUnicode(List<FieldError> errors, String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                i++;
            }
            else if (Character.isSurrogate(c)) {
                errors.add(new FieldError(field, "is not valid Unicode text"));
                return;
            }
        }
    }

}
