package io.roster.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API wraps some mistakes of its callers in a 500: completing a task that does not exist, or
 * sending a variable in Java serialization, which the engine refuses. These are the caller's errors, so they are
 * answered as such (404, 400) in the engine's own error format; everything else keeps Camunda's mapping.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestClientErrors {

    @Bean
    ResourceConfigCustomizer engineRestClientErrorMapping() {
        return config -> config.register(ClientErrorMapper.class);
    }

    @Priority(1000)
    static final class ClientErrorMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
                Response.Status status = clientStatus(exception.getCause());
                if (status != null) {
                    return camunda.toResponse(new RestException(status, exception.getMessage()));
                }
            }
            return camunda.toResponse(exception);
        }

        private static Response.Status clientStatus(Throwable cause) {
            for (Throwable current = cause; current != null; current = current.getCause()) {
                if (current instanceof NullValueException || current instanceof NotFoundException) {
                    return Response.Status.NOT_FOUND;
                }
                if (current instanceof BadUserRequestException || String.valueOf(current.getMessage())
                    .contains("Java serialization format is prohibited")) {
                    return Response.Status.BAD_REQUEST;
                }
            }
            return null;
        }

    }

}
