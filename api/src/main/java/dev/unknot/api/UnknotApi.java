package dev.unknot.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The API's description, for the OpenAPI document that micronaut-openapi generates at compile time. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Unknot API",
                        version = "1",
                        description =
                                "Unknot's habits, check-ins, progress, plan and library as JSON. Every call under "
                                        + "/api/v1 needs a personal access token (create one in the web UI's Settings) as "
                                        + "'Authorization: Bearer unk_...', and acts for that token's person only. A failed call "
                                        + "answers with an Error body.",
                        license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = UnknotApi.BEARER))
@SecurityScheme(
        name = UnknotApi.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "unk_ followed by 43 base64url characters",
        description = "A personal access token from the web UI's Settings; shown once when created.")
public final class UnknotApi {

    static final String BEARER = "bearer";

    private UnknotApi() {}
}
