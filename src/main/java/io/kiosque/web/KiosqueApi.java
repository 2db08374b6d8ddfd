package io.kiosque.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The contract's front matter: the bearer scheme that Swagger UI's Authorize button fills in. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Kiosque API",
                        version = "1.7.0",
                        description =
                                "Headless content API for news publishers: articles as ordered blocks, quotes and who said them, moderated comments. "
                                        + "Errors are application/problem+json (RFC 9457)."),
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = KiosqueApi.BEARER,
                                        type = SecuritySchemeType.HTTP,
                                        scheme = "bearer",
                                        description =
                                                "An API token: `Authorization: Bearer kq_…`. Admins create them with POST /api/tokens.")))
public class KiosqueApi extends Application {

    public static final String BEARER = "bearerToken";
}
