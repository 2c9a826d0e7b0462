package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.AccountView;
import fi.kuntakokeilu.organisations.Accounts;
import fi.kuntakokeilu.organisations.StaffAccountRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/staff-accounts}: accounts, roles and scopes, for administrators. */
@Path("v1/staff-accounts")
@Tag(name = "Accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffAccountsResource {

    @Inject
    Accounts accounts;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "All staff accounts")
    public List<AccountView> list() {
        return accounts.all();
    }

    @POST
    @Operation(summary = "Create an account with a role, its scope and a first password")
    public Response create(StaffAccountRequest request) {
        AccountView created = accounts.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(created.username())
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change an account's role, scope or name, or disable it (send the version you read)")
    public AccountView update(@PathParam("username") String username, StaffAccountRequest request) {
        return accounts.update(username, request);
    }
}
