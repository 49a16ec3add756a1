package io.roster.mendix;

import static io.roster.mendix.MendixErrorDecoder.joined;
import static io.roster.mendix.MendixErrorDecoder.text;
import static io.roster.mendix.MendixHttp.MalformedAnswer.required;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.mendix.MendixErrorDecoder.PlatformError;
import io.roster.mendix.MendixHttp.MalformedAnswer;

import org.springframework.http.MediaType;

/**
 * The User Identifiers API: which e-mail addresses have a platform account in our company, and their UUIDs. It is
 * {@code POST /uuids} with a JSON body, as the published description says (the prose page's {@code GET} is not).
 */
final class UserIdentifiersClient {

    /** Errors are {@code {"statusCode","errorCode","errorText","displayText"}}, or a plain string from the gateway. */
    static final MendixErrorDecoder ERRORS = UserIdentifiersClient::readError;

    /** No maximum is published; smaller requests keep a large directory comparison well inside any limit. */
    static final int BATCH_SIZE = 100;

    private final MendixHttp http;

    UserIdentifiersClient(MendixHttp http) {
        this.http = http;
    }

    /**
     * Looks the addresses up (sent and answered in lower case), {@value #BATCH_SIZE} to a request. Every address is
     * either found or named by the platform as not found; an answer that leaves an address out is a bad response.
     */
    Lookup lookUp(Collection<String> emails) {
        List<String> addresses = emails.stream().map(UserIdentifiersClient::normalized).distinct().toList();
        List<MendixAccount> found = new ArrayList<>();
        Set<String> notFound = new HashSet<>();
        for (int from = 0; from < addresses.size(); from += BATCH_SIZE) {
            Lookup batch = lookUpBatch(addresses.subList(from, Math.min(from + BATCH_SIZE, addresses.size())));
            found.addAll(batch.found());
            notFound.addAll(batch.notFound());
        }
        return new Lookup(List.copyOf(found), Set.copyOf(notFound));
    }

    private Lookup lookUpBatch(List<String> addresses) {
        return http.fetch("look up accounts",
                client -> client.post()
                    .uri("/uuids")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new Request(addresses.stream().map(Address::new).toList())),
                Response.class, response -> lookup(response, addresses));
    }

    /**
     * @param found the accounts (e-mail in lower case, UUID)
     * @param notFound the addresses without an account in our company (lower case)
     */
    record Lookup(List<MendixAccount> found, Set<String> notFound) {
    }

    static PlatformError readError(JsonNode body) {
        String code = text(body.get("errorCode"));
        // displayText is the same "Something went wrong" for every error; errorText says what
        String text = text(body.get("errorText"));
        return new PlatformError(code, joined(code, text != null ? text : text(body.get("displayText"))));
    }

    private static Lookup lookup(Response response, List<String> addresses) {
        List<MendixAccount> found = required(response.identifiers(), "identifiers").stream()
            .map(identifier -> new MendixAccount(
                    normalized(required(identifier.emailAddress(), "identifiers[].emailAddress")),
                    required(identifier.uuid(), "identifiers[].uuid")))
            .toList();
        // the published description requires "error", but there is nothing to say when every address was found
        Set<String> notFound = response.error() == null || response.error().emailAddresses() == null ? Set.of()
                : response.error()
                    .emailAddresses()
                    .stream()
                    .map(address -> normalized(required(address.emailAddress(), "error.emailAddresses[].emailAddress")))
                    .collect(Collectors.toUnmodifiableSet());
        long unanswered = addresses.stream()
            .filter(address -> !notFound.contains(address))
            .filter(address -> found.stream().noneMatch(account -> account.email().equals(address)))
            .count();
        if (unanswered > 0) {
            throw new MalformedAnswer(
                    "the answer leaves out " + unanswered + " of the " + addresses.size() + " addresses asked for");
        }
        return new Lookup(found, notFound);
    }

    private static String normalized(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    // --- the API's JSON, as published (user-identifier-api.yaml) ---

    private record Request(List<Address> emailAddresses) {
    }

    private record Address(String emailAddress) {
    }

    private record Response(List<Identifier> identifiers, NotFound error) {
    }

    private record Identifier(String emailAddress, String uuid) {
    }

    private record NotFound(String message, List<Address> emailAddresses) {
    }

}
