package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.services.CatalogueEntry;
import fi.kuntakokeilu.services.Services;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/services}: the service catalogue (reference data, every signed-in role). */
@Path("v1/services")
@Tag(name = "Services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServiceCatalogueResource {

    @Inject
    Services services;

    @GET
    @Operation(summary = "The service catalogue with names in Finnish, Swedish and English and the active-service flag")
    public List<CatalogueEntry> catalogue() {
        return services.catalogue();
    }
}
