package io.roster.mendix;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Sees every HTTP exchange of the Mendix clients, knowing which API it is for: to record it, or to check it against
 * Mendix's published OpenAPI description in a contract test. Spring's {@code ClientHttpRequestInterceptor} with the
 * API added; beans of this type are applied in their {@code @Order}. Roster itself declares none.
 */
@FunctionalInterface
public interface MendixExchangeInterceptor {

    ClientHttpResponse intercept(MendixApi api, HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException;

}
