package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.AccountView;
import fi.kuntakokeilu.organisations.Accounts;
import fi.kuntakokeilu.organisations.PasswordChange;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/account}: the signed-in user's own account. */
@Path("v1/account")
@Tag(name = "Accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "Who I am: role, scope and language")
    public AccountView me() {
        return accounts.me();
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change my password (send the current one too)")
    public Response changePassword(PasswordChange change) {
        accounts.changePassword(change);
        return Response.noContent().build();
    }

    /** The language to work in. */
    public record LanguageChange(String language) {}

    @PUT
    @Path("language")
    @Operation(summary = "Change the language I work in (fi, sv, en)")
    public AccountView changeLanguage(LanguageChange change) {
        return accounts.changeLanguage(change == null ? null : change.language());
    }
}
