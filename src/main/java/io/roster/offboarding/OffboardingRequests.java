package io.roster.offboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.roster.process.RequestFields;
import io.roster.system.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Checks an offboarding request field by field, the same way for a single request and for each row of a batch:
 * the annotations of {@link OffboardingRequest}, then what needs Roster's knowledge (a moment with a zone, not far in
 * the past; a manager Roster knows).
 */
@Component
class OffboardingRequests {

    static final String NOW = "now";

    private final Validator validator;

    private final RequestFields requestFields;

    private final OffboardingSettings settings;

    private final Clock clock;

    OffboardingRequests(Validator validator, RequestFields requestFields, OffboardingSettings settings,
            Clock clock) {
        this.validator = validator;
        this.requestFields = requestFields;
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
        requestFields.checkManager(errors, "manager", request.manager());
        RequestFields.checkUnicode(errors, "email", request.email());
        RequestFields.checkUnicode(errors, "manager", request.manager());
        RequestFields.checkUnicode(errors, "defaultSuccessor", request.defaultSuccessor());
        RequestFields.checkUnicode(errors, "hrReference", request.hrReference());
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
