package io.roster.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api}, served at {@code /api/openapi} and shown at {@code /api/docs}. */
@Configuration
class OpenApiConfiguration {

    /** Title, version and the HTTP Basic login every endpoint needs. */
    @Bean
    OpenAPI rosterOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        return new OpenAPI()
            .info(new Info().title("Roster API")
                .version(version)
                .description("Onboarding and offboarding of Mendix platform members. Errors are RFC 9457 "
                        + "problem details; see docs/api.md for the problem types."))
            .components(new Components().addSecuritySchemes("basic",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
            .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

}
