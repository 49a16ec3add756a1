package io.roster.identity;

import io.roster.mendix.MendixException;
import io.roster.system.ApiProblemException;
import io.roster.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A member's profile for managers and platform admins. */
@RestController
@Tag(name = "Members")
class MemberProfileController {

    private final MemberProfiles profiles;

    MemberProfileController(MemberProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/api/members/{email:.+@.+}")
    @PreAuthorize("hasAnyRole('platform-admins', 'managers')")
    @Operation(summary = "A member's profile: UUID, OpenID, status, certification, sign-up date, apps with role and "
            + "Technical Contact", description = "From the platform, the identity map and the latest Control Center "
                    + "export; controlCenterExport.note says when no export was there to ask.")
    MemberProfile profile(@PathVariable String email) {
        return profiles.of(email)
            .orElseThrow(() -> new ApiProblemException(Problems.of(HttpStatus.NOT_FOUND, "member-not-found",
                    "Member not found", "Neither the platform nor the latest Control Center export knows " + email
                            + " as a member of the company.")));
    }

    /** The platform did not answer: the client may try again, nothing is wrong with the request. */
    @ExceptionHandler(MendixException.class)
    ProblemDetail platformUnavailable(MendixException failed) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "platform-unavailable", "Mendix platform unavailable",
                "The Mendix platform did not answer (" + failed.getMessage() + "). Try again later.");
    }

}
