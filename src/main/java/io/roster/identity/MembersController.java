package io.roster.identity;

import java.util.List;

import io.roster.system.ApiProblemException;
import io.roster.system.FieldError;
import io.roster.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Look-ups in the identity map: who is behind an OpenID, a Mendix user UUID or a directory id. Answers only what
 * Roster has seen in platform responses; it never guesses.
 */
@RestController
@Tag(name = "Members")
class MembersController {

    private final IdentityMap identities;

    MembersController(IdentityMap identities) {
        this.identities = identities;
    }

    @GetMapping("/api/members")
    @PreAuthorize("hasAnyRole('platform-admins', 'managers')")
    @Operation(summary = "Find a member by exactly one of openId, userId (Mendix UUID), directoryId or email")
    IdentityLink find(@RequestParam(required = false) String openId, @RequestParam(required = false) String userId,
            @RequestParam(required = false) String directoryId, @RequestParam(required = false) String email) {
        long given = java.util.stream.Stream.of(openId, userId, directoryId, email)
            .filter(value -> value != null && !value.isBlank())
            .count();
        if (given != 1) {
            throw new ApiProblemException(Problems.invalid(List.of(new FieldError("openId",
                    "give exactly one of openId, userId, directoryId or email"))));
        }
        return (openId != null ? identities.byOpenId(openId)
                : userId != null ? identities.byUserId(userId)
                        : directoryId != null ? identities.byDirectoryId(directoryId) : identities.byEmail(email))
            .orElseThrow(() -> new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND, "member-unknown",
                    "Member not known", "Roster has not seen a member with this identifier in any platform "
                            + "response yet.")));
    }

}
