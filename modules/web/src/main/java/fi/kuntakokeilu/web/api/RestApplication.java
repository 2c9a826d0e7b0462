package fi.kuntakokeilu.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API at {@code /api}: every module's resources, found by scanning the WAR. Versioned in
 * the path ({@code /api/v1/...}). Errors are {@code application/problem+json} (see the platform's
 * exception mappers); every call needs HTTP Basic credentials.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Kuntakokeilu API", version = "1", description = "The municipal employment trial"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
