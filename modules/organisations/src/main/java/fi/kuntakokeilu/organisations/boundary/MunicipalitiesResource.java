package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.MunicipalityRequest;
import fi.kuntakokeilu.organisations.MunicipalityView;
import fi.kuntakokeilu.organisations.Organisations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/municipalities}: municipalities, their office regions and trial-area memberships. */
@Path("v1/municipalities")
@Tag(name = "Organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MunicipalitiesResource {

    @Inject
    Organisations organisations;

    @GET
    @Operation(summary = "All municipalities known to the system")
    public List<MunicipalityView> list() {
        return organisations.municipalities();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Add or change a municipality (administrators)")
    public MunicipalityView save(@PathParam("code") String code, MunicipalityRequest request) {
        return organisations.saveMunicipality(code, request);
    }
}
