package io.roster.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who am I: lets an integration check its credentials and roles before it starts real work.
 */
@RestController
@Tag(name = "Session")
class MeController {

    record Me(String id, List<String> roles) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "The logged-in user and their roles")
    Me me(Authentication authentication) {
        return new Me(authentication.getName(), CamundaIdentityAuthenticationProvider.groupsOf(authentication));
    }

}
