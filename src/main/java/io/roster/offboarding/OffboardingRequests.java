package io.roster.offboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.roster.system.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Checks an offboarding request field by field, the same way for a single request and for each row of a batch:
 * the annotations of {@link OffboardingRequest}, then what needs Roster's knowledge (a moment with a zone, not far in
 * the past; a manager Roster knows).
 */
@Component
class OffboardingRequests {

    static final String NOW = "now";

    private static final java.util.regex.Pattern EMAIL_ADDRESS = java.util.regex.Pattern
        .compile("[^\\s@()<>,;:\"|=*']+@[^\\s@()<>,;:\"|=*']+\\.[^\\s@()<>,;:\"|=*']+");

    private final Validator validator;

    private final IdentityService identityService;

    private final OffboardingSettings settings;

    private final Clock clock;

    OffboardingRequests(Validator validator, IdentityService identityService, OffboardingSettings settings,
            Clock clock) {
        this.validator = validator;
        this.identityService = identityService;
        this.settings = settings;
        this.clock = clock;
    }

    /** Either the checked command or the list of what is wrong. */
    record Checked(StartOffboarding command, List<FieldError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }

    }

    Checked check(OffboardingRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<OffboardingRequest> violation : validator.validate(request)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        OffsetDateTime moment = null;
        boolean termination = NOW.equalsIgnoreCase(trim(request.lastWorkingMoment()));
        if (termination) {
            moment = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        }
        else if (request.lastWorkingMoment() != null && !request.lastWorkingMoment().isBlank()) {
            moment = parseMoment(request.lastWorkingMoment(), errors);
        }
        if (request.manager() != null && !request.manager().isBlank() && !request.manager().contains("@")
                && identityService.createUserQuery().userId(request.manager().trim()).count() == 0) {
            errors.add(new FieldError("manager", "is neither a Roster user id nor an e-mail address"));
        }
        else if (request.manager() != null && request.manager().contains("@")
                && !EMAIL_ADDRESS.matcher(request.manager().trim()).matches()) {
            // an "@" alone does not make an address ("@SUM(1+1)*cmd|..." is a spreadsheet formula)
            errors.add(new FieldError("manager", "is neither a Roster user id nor an e-mail address"));
        }
        addBrokenText(errors, "email", request.email());
        addBrokenText(errors, "manager", request.manager());
        addBrokenText(errors, "defaultSuccessor", request.defaultSuccessor());
        addBrokenText(errors, "hrReference", request.hrReference());
        if (!errors.isEmpty()) {
            return new Checked(null, sorted(errors));
        }
        return new Checked(new StartOffboarding(lower(request.email()), moment, termination,
                request.manager().trim(), lower(request.defaultSuccessor()), request.reason(),
                trim(request.hrReference())), List.of());
    }

    /** Parses and checks a moment for a reschedule; answers the errors. */
    OffsetDateTime parseMoment(String value, List<FieldError> errors) {
        if (NOW.equalsIgnoreCase(trim(value))) {
            return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        }
        try {
            OffsetDateTime moment = OffsetDateTime.parse(value.trim());
            if (moment.toInstant().isBefore(clock.instant().minus(settings.maxPast()))) {
                errors.add(new FieldError("lastWorkingMoment", "is more than " + settings.maxPast().toDays()
                        + " days in the past; use \"now\" for an immediate termination"));
                return null;
            }
            if (moment.getYear() > OffsetDateTime.now(clock).getYear() + 2) {
                errors.add(new FieldError("lastWorkingMoment", "is more than two years ahead"));
                return null;
            }
            return moment;
        }
        catch (DateTimeParseException notADateTimeWithZone) {
            errors.add(new FieldError("lastWorkingMoment",
                    "must be an ISO 8601 date-time with zone (2026-12-31T17:00:00+01:00) or \"now\""));
            return null;
        }
    }

    /** Half of a UTF-16 surrogate pair is no text: PostgreSQL cannot store it and nobody can read it. */
    private static void addBrokenText(List<FieldError> errors, String field, String value) {
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

    private static List<FieldError> sorted(List<FieldError> errors) {
        return errors.stream()
            .sorted(java.util.Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
