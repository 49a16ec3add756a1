package io.roster.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.roster.process.RequestFields;
import io.roster.system.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Checks an onboarding request field by field: the annotations of {@link OnboardingRequest}, then a start date that
 * is a date, not past and not absurdly far, a manager Roster knows, and a picture that really is a PNG or JPEG of
 * an allowed size.
 */
@Component
class OnboardingRequests {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

    private final Validator validator;

    private final RequestFields requestFields;

    private final OnboardingSettings settings;

    private final Clock clock;

    OnboardingRequests(Validator validator, RequestFields requestFields, OnboardingSettings settings,
            Clock clock) {
        this.validator = validator;
        this.requestFields = requestFields;
        this.settings = settings;
        this.clock = clock;
    }

    /** Either the checked command or the list of what is wrong. */
    record Checked(StartOnboarding command, List<FieldError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }

    }

    /** A JSON request; its picture, if any, is base64 inside. */
    Checked check(OnboardingRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Picture picture = null;
        if (request.picture() != null) {
            picture = decoded(request.picture(), errors);
        }
        return check(request, picture, errors);
    }

    /** A multipart request: the picture came as a file part. */
    Checked check(OnboardingRequest request, String contentType, byte[] content) {
        List<FieldError> errors = new ArrayList<>();
        Picture picture = content == null ? null : picture(contentType, content, errors);
        return check(request, picture, errors);
    }

    private Checked check(OnboardingRequest request, Picture picture, List<FieldError> errors) {
        for (ConstraintViolation<OnboardingRequest> violation : validator.validate(request)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        LocalDate startDate = null;
        if (request.startDate() != null && !request.startDate().isBlank()) {
            try {
                startDate = LocalDate.parse(request.startDate().trim());
                LocalDate today = LocalDate.now(clock);
                if (startDate.isBefore(today)) {
                    errors.add(new FieldError("startDate", "is in the past"));
                }
                else if (startDate.isAfter(today.plusYears(1))) {
                    errors.add(new FieldError("startDate", "is more than a year ahead"));
                }
            }
            catch (DateTimeParseException notADate) {
                errors.add(new FieldError("startDate", "must be an ISO 8601 date (2027-01-04)"));
            }
        }
        String manager = trim(request.manager());
        requestFields.checkManager(errors, "manager", manager);
        RequestFields.checkUnicode(errors, "email", request.email());
        RequestFields.checkUnicode(errors, "firstName", request.firstName());
        RequestFields.checkUnicode(errors, "lastName", request.lastName());
        RequestFields.checkUnicode(errors, "jobTitle", request.jobTitle());
        RequestFields.checkUnicode(errors, "department", request.department());
        RequestFields.checkUnicode(errors, "country", request.country());
        RequestFields.checkUnicode(errors, "location", request.location());
        RequestFields.checkUnicode(errors, "manager", request.manager());
        RequestFields.checkUnicode(errors, "hrReference", request.hrReference());
        if (!errors.isEmpty()) {
            return new Checked(null, errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList());
        }
        return new Checked(new StartOnboarding(request.email().trim().toLowerCase(Locale.ROOT),
                trim(request.firstName()), trim(request.lastName()), trim(request.jobTitle()),
                trim(request.department()), trim(request.country()), trim(request.location()), manager, startDate,
                trim(request.hrReference()), picture), List.of());
    }

    private Picture decoded(OnboardingRequest.PictureUpload upload, List<FieldError> errors) {
        if (upload.base64() == null || upload.base64().isBlank()) {
            errors.add(new FieldError("picture.base64", "must not be blank"));
            return null;
        }
        // base64 is a third larger than the image: refuse a huge text before decoding it
        if (upload.base64().length() > settings.maxPictureSize().toBytes() / 3 * 4 + 4) {
            errors.add(new FieldError("picture", tooLarge()));
            return null;
        }
        try {
            return picture(upload.contentType(), Base64.getMimeDecoder().decode(upload.base64()), errors);
        }
        catch (IllegalArgumentException notBase64) {
            errors.add(new FieldError("picture.base64", "is not base64"));
            return null;
        }
    }

    private Picture picture(String declaredType, byte[] content, List<FieldError> errors) {
        if (content.length == 0) {
            errors.add(new FieldError("picture", "is empty"));
            return null;
        }
        if (content.length > settings.maxPictureSize().toBytes()) {
            errors.add(new FieldError("picture", tooLarge()));
            return null;
        }
        String actual = startsWith(content, PNG) ? "image/png" : startsWith(content, JPEG) ? "image/jpeg" : null;
        if (actual == null) {
            errors.add(new FieldError("picture", "must be a PNG or JPEG image"));
            return null;
        }
        if (declaredType != null && !declaredType.isBlank()
                && !declaredType.trim().toLowerCase(Locale.ROOT).equals(actual)) {
            errors.add(new FieldError("picture.contentType", "says " + declaredType.trim() + " but the content is "
                    + actual));
            return null;
        }
        return new Picture(actual, content);
    }

    private String tooLarge() {
        return "is larger than " + settings.maxPictureSize().toKilobytes() + " KB";
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
