package io.roster.mendix;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.UnknownContentTypeException;

/**
 * What every Mendix client shares, for one API: its {@link RestClient} (built at the first call, when the base URL
 * can be resolved), its {@link RateBudget}, waiting and retrying on 429 and on 503, and turning every failure into a
 * {@link MendixException}. Other failures are not retried here; the engine retries the job.
 * <p>
 * Why 503 too: the platform's gateway answers it for a request it did not pass on ("failure to get a peer from the
 * ring-balancer"), so asking again is safe, and a job that makes many calls (the inventory of a leaver with several
 * apps reads each app's details, team and roles) otherwise almost never gets through a platform failing a fifth of
 * the calls: 0.8 to the power of the number of calls. Timeouts and other 5xx may have taken effect and stay with
 * the engine.
 */
final class MendixHttp {

    private static final Logger log = LoggerFactory.getLogger(MendixHttp.class);

    /** Attempts of one call when the platform answers 429 or 503; the engine's job retry takes over after that. */
    static final int MAX_ATTEMPTS = 3;

    /** The first wait after a 503; it doubles with each attempt. */
    static final Duration FIRST_UNAVAILABLE_BACKOFF = Duration.ofMillis(250);

    /** The first wait after a 429 without {@code Retry-After}; it doubles with each attempt. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final MendixApi api;

    private final Function<String, RestClient> connect;

    private final RateBudget budget;

    private final PlatformAnswers answers;

    private final Duration maxRetryAfterWait;

    private volatile RestClient restClient;

    MendixHttp(MendixApi api, Function<String, RestClient> connect, RateBudget budget, PlatformAnswers answers,
            Duration maxRetryAfterWait) {
        this.api = api;
        this.connect = connect;
        this.budget = budget;
        this.answers = answers;
        this.maxRetryAfterWait = maxRetryAfterWait;
    }

    /**
     * Sends the request and reads its JSON answer as {@code type}, then {@code read} turns it into Roster's words
     * (and throws {@link MalformedAnswer} when a field Roster relies on is missing).
     */
    <B, T> T fetch(String operation, Function<RestClient, RestClient.RequestHeadersSpec<?>> request, Class<B> type,
            Function<B, T> read) {
        return call(operation, request, response -> {
            B body;
            try {
                body = response.bodyTo(type);
            }
            catch (UnknownContentTypeException notJson) {
                throw malformed(operation, response.getStatusCode(),
                        "a " + notJson.getContentType() + " answer where JSON was expected");
            }
            catch (RestClientException | InvalidMediaTypeException unreadable) {
                throw malformed(operation, response.getStatusCode(), "not the expected JSON ("
                        + answers.fit(NestedExceptionUtils.getMostSpecificCause(unreadable).getMessage()) + ")");
            }
            try {
                if (body == null) {
                    throw new MalformedAnswer("the body is empty");
                }
                return read.apply(body);
            }
            catch (MalformedAnswer incomplete) {
                throw malformed(operation, response.getStatusCode(), incomplete.getMessage());
            }
            catch (NullPointerException incomplete) {
                // a null where the mapping expected an object ({"items":[null]}); its message names our classes
                throw malformed(operation, response.getStatusCode(), "incomplete answer (null where a value belongs)");
            }
        });
    }

    /** Sends the request and answers the success status; any body is ignored. */
    HttpStatusCode send(String operation, Function<RestClient, RestClient.RequestHeadersSpec<?>> request) {
        return call(operation, request, response -> response.getStatusCode());
    }

    private <T> T call(String operation, Function<RestClient, RestClient.RequestHeadersSpec<?>> request,
            SuccessReader<T> onSuccess) {
        RestClient client = restClient(operation);
        for (int attempt = 1;; attempt++) {
            budget.acquire(operation);
            try {
                return request.apply(client).exchange((sent, response) -> {
                    if (response.getStatusCode().isError()) {
                        throw answers.failure(operation, response.getStatusCode(), response.getHeaders(),
                                response.getBody().readAllBytes());
                    }
                    return onSuccess.read(response);
                });
            }
            catch (MendixRateLimitedException tooMany) {
                Duration wait = tooMany.retryAfter().orElse(FIRST_BACKOFF.multipliedBy(1L << (attempt - 1)));
                budget.pause(wait);
                if (attempt == MAX_ATTEMPTS || wait.compareTo(maxRetryAfterWait) > 0) {
                    throw tooMany;
                }
                log.warn("{} {}: rate limited (attempt {} of {}, \"{}\"); all calls to this API pause for {} ms",
                        api.displayName(), operation, attempt, MAX_ATTEMPTS, tooMany.platformMessage(),
                        wait.toMillis());
                budget.sleep(wait, operation);
            }
            catch (MendixUnavailableException unavailable) {
                if (unavailable.status() != 503 || attempt == MAX_ATTEMPTS) {
                    throw unavailable;
                }
                Duration wait = FIRST_UNAVAILABLE_BACKOFF.multipliedBy(1L << (attempt - 1));
                log.warn("{} {}: unavailable (attempt {} of {}, \"{}\"); trying again in {} ms", api.displayName(),
                        operation, attempt, MAX_ATTEMPTS, unavailable.platformMessage(), wait.toMillis());
                budget.sleep(wait, operation);
            }
            catch (ResourceAccessException noAnswer) {
                Throwable cause = noAnswer.getMostSpecificCause();
                throw new MendixUnavailableException(api, operation, 0, answers.fit(why(cause)), cause);
            }
        }
    }

    private static String why(Throwable noAnswer) {
        if (noAnswer instanceof HttpConnectTimeoutException) {
            return "connecting timed out";
        }
        if (noAnswer instanceof HttpTimeoutException || noAnswer instanceof SocketTimeoutException) {
            return "timed out waiting for the answer";
        }
        return "connection failed (" + noAnswer + ")";
    }

    private MendixBadResponseException malformed(String operation, HttpStatusCode status, String problem) {
        return new MendixBadResponseException(api, operation, status.value(), problem, null);
    }

    /** Built at the first call; a configuration problem fails that call and the next one tries again. */
    private RestClient restClient(String operation) {
        RestClient client = restClient;
        if (client == null) {
            synchronized (this) {
                client = restClient;
                if (client == null) {
                    client = connect.apply(operation);
                    restClient = client;
                }
            }
        }
        return client;
    }

    /** Reads a successful answer; may throw a {@link MendixException}. */
    @FunctionalInterface
    private interface SuccessReader<T> {

        T read(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) throws IOException;

    }

    /** A successful answer lacks what Roster relies on; {@link MendixHttp} turns it into a bad response. */
    static final class MalformedAnswer extends RuntimeException {

        MalformedAnswer(String problem) {
            super(problem, null, false, false);
        }

        /** The value, or a malformed answer naming the missing field. */
        static <T> T required(T value, String field) {
            if (value == null || value instanceof String text && text.isBlank()) {
                throw new MalformedAnswer("the required field '" + field + "' is missing");
            }
            return value;
        }

    }

}
