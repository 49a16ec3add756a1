package io.roster.system;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api} as RFC 9457 problem JSON ({@code type}, {@code title}, {@code status}, {@code detail},
 * and {@code errors} naming each offending field). Nothing internal leaks: unexpected failures answer with a
 * reference that is also in the log.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> handleApiProblem(ApiProblemException exception) {
        return ResponseEntity.status(exception.getProblem().getStatus()).body(exception.getProblem());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail handleAccessDenied(AccessDeniedException exception) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your roles do not allow this request.");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail handleConstraintViolation(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations()
            .stream()
            .map(violation -> new FieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
            .toList();
        return Problems.invalid(errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail handleTypeMismatch(MethodArgumentTypeMismatchException exception) {
        return Problems.invalid(List.of(new FieldError(exception.getName(), "is not a valid value")));
    }

    /**
     * A request that changed a case while one of its jobs did too (e.g. cancelling while a platform step runs): the
     * engine refused the later write and the transaction rolled back, so nothing of this request happened and sending
     * it again is safe.
     */
    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> handleConcurrentChange(OptimisticLockingException exception) {
        log.info("Request refused, the case changed concurrently: {}", exception.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT)
            .header(HttpHeaders.RETRY_AFTER, "1")
            .body(Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Changed meanwhile",
                    "A step of this case was running while the request was handled; nothing was changed. Send the "
                            + "request again."));
    }

    /** A multipart body that cannot be parsed is the client's mistake (too large ones are handled below). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail handleBrokenMultipart(MultipartException exception) {
        return Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
                "The request body is not well-formed multipart/form-data.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail handleUnexpected(Exception exception) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, exception);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Roster could not answer this request. Quote reference " + reference + " to an administrator.");
        problem.setProperty("reference", reference);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getBindingResult()
            .getFieldErrors()
            .stream()
            .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
            .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getParameterValidationResults()
            .stream()
            .flatMap(result -> result.getResolvableErrors()
                .stream()
                .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage())))
            .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadable(exception.getMostSpecificCause()));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Request too large",
                    "The upload is larger than Roster accepts."));
    }

    /** Keeps Spring's own problem bodies (404, 405, 415 ...) but gives them Roster's type and the request path. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
            problem.setType(Problems.type("http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.invalid(List.of(new FieldError(path(unknown), "is not a known field")));
        }
        if (cause instanceof InvalidFormatException format) {
            return Problems.invalid(List.of(new FieldError(path(format),
                    "has the wrong format; expected " + format.getTargetType().getSimpleName())));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Problems.invalid(List.of(new FieldError(path(mismatch), "has the wrong type")));
        }
        String where = "";
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            where = " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
                "The request body is missing or is not well-formed JSON" + where + ".");
        problem.setProperty("errors", List.of());
        return problem;
    }

    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

}
