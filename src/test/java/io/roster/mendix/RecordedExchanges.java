package io.roster.mendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Records every exchange of the Mendix clients (as a {@link MendixExchangeInterceptor}) and checks them against
 * Mendix's published OpenAPI descriptions. The same recorder works against a WireMock stub and, as a bean, against
 * the sandbox platform. Never prints a header value: they hold the credentials.
 */
public final class RecordedExchanges implements MendixExchangeInterceptor {

    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    /** One exchange as the client sent and received it. */
    public record Exchange(MendixApi api, String method, URI uri, Map<String, String> requestHeaders,
            String requestBody, int status, String responseContentType, String responseBody) {

        /** The path and query after the base URL's path, e.g. {@code /projects/1/members?limit=100&offset=0}. */
        public String pathAfter(String basePath) {
            String path = uri.getRawPath();
            String rest = path.substring(path.indexOf(basePath) + basePath.length());
            return uri.getRawQuery() == null ? rest : rest + "?" + uri.getRawQuery();
        }

    }

    @Override
    public ClientHttpResponse intercept(MendixApi api, HttpRequest request, byte[] body,
            ClientHttpRequestExecution execution) throws IOException {
        ClientHttpResponse response = execution.execute(request, body);
        byte[] responseBody = response.getBody().readAllBytes();
        exchanges.add(new Exchange(api, request.getMethod().name(), request.getURI(), flat(request.getHeaders()),
                new String(body, StandardCharsets.UTF_8), response.getStatusCode().value(),
                response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE),
                new String(responseBody, StandardCharsets.UTF_8)));
        return new ReadResponse(response, responseBody);
    }

    public List<Exchange> all() {
        return List.copyOf(exchanges);
    }

    public Exchange last() {
        assertThat(exchanges).as("exchanges").isNotEmpty();
        return exchanges.get(exchanges.size() - 1);
    }

    public void clear() {
        exchanges.clear();
    }

    /** Every request sent matches the published description of its API (where Mendix publishes one). */
    public void assertRequestsMatchPublishedContracts() {
        for (Exchange exchange : exchanges) {
            OpenApiContract.of(exchange.api())
                .ifPresent(contract -> contract.assertRequest(exchange.method(), exchange.uri(),
                        exchange.requestHeaders(), exchange.requestBody()));
        }
    }

    /** Every request and every answer matches the published description of its API (where Mendix publishes one). */
    public void assertExchangesMatchPublishedContracts() {
        for (Exchange exchange : exchanges) {
            OpenApiContract.of(exchange.api())
                .ifPresent(contract -> contract.assertExchange(exchange.method(), exchange.uri(),
                        exchange.requestHeaders(), exchange.requestBody(), exchange.status(),
                        exchange.responseContentType(), exchange.responseBody()));
        }
    }

    private static Map<String, String> flat(HttpHeaders headers) {
        Map<String, String> flat = new LinkedHashMap<>();
        headers.forEach((name, values) -> flat.put(name, String.join(", ", values)));
        return flat;
    }

    /** The response with its body already read, so that the client can read it again. */
    private static final class ReadResponse implements ClientHttpResponse {

        private final ClientHttpResponse response;

        private final byte[] body;

        ReadResponse(ClientHttpResponse response, byte[] body) {
            this.response = response;
            this.body = body;
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public void close() {
            response.close();
        }

    }

}
