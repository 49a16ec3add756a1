package io.roster.sandbox;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers what went wrong in the sandbox's controllers: on a platform API in that API's own error shape (see
 * {@link ErrorDialect}), on the admin API as problem JSON. Runs before Roster's own handler, which would otherwise
 * answer the sandbox's requests in Roster's shape.
 */
@RestControllerAdvice(basePackageClasses = SandboxApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@Profile("sandbox")
class SandboxErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SandboxErrorHandler.class);

    @ExceptionHandler(PlatformError.class)
    ResponseEntity<Object> platformError(PlatformError error, HttpServletRequest request) {
        return answer(request, error.getMessage(), api(request)
            .map(api -> error.render(api.errors()))
            .orElseGet(() -> problem(adminStatus(error.kind()), error.getMessage())));
    }

    private static HttpStatus adminStatus(PlatformError.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.FORBIDDEN;
        };
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException exception, HttpServletRequest request) {
        String detail = exception.getMessage() != null && exception.getMessage().startsWith("Required request body")
                ? "The request body is missing" : "The request body is not valid: " + describe(exception);
        return answer(request, detail, api(request)
            .map(api -> api.errors().unreadableBody(detail))
            .orElseGet(() -> problem(HttpStatus.BAD_REQUEST, detail)));
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class })
    ResponseEntity<Object> badParameter(Exception exception, HttpServletRequest request) {
        InvalidParam param = exception instanceof MethodArgumentTypeMismatchException mismatch
                ? new InvalidParam(mismatch.getName(), "Value '" + mismatch.getValue() + "' is not supported")
                : new InvalidParam("request", exception.getMessage());
        String detail = "One or more of the provided attributes are not valid";
        return answer(request, detail + ": " + param.reason(), api(request)
            .map(api -> api.errors().invalid(detail, null, List.of(param)))
            .orElseGet(() -> problem(HttpStatus.BAD_REQUEST, param.name() + ": " + param.reason())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, HttpServletRequest request) {
        log.error("The sandbox platform failed on {} {}", request.getMethod(), request.getRequestURI(), exception);
        return answer(request, exception.toString(), api(request).map(api -> api.errors().failure(500))
            .orElseGet(() -> problem(HttpStatus.INTERNAL_SERVER_ERROR, "The sandbox failed; see its log.")));
    }

    private static Optional<SandboxApi> api(HttpServletRequest request) {
        return SandboxApi.of(request.getRequestURI());
    }

    private static PlatformResponse problem(HttpStatus status, String detail) {
        return new PlatformResponse(status.value(), MediaType.APPLICATION_PROBLEM_JSON,
                ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static ResponseEntity<Object> answer(HttpServletRequest request, String message,
            PlatformResponse response) {
        if (request.getAttribute(PlatformCall.ATTRIBUTE) instanceof PlatformCall call) {
            call.message(message);
        }
        return response.toEntity();
    }

    private static String describe(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getMostSpecificCause();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int detailsStart = message.indexOf("\n at [Source");
        return detailsStart < 0 ? message : message.substring(0, detailsStart);
    }

}
