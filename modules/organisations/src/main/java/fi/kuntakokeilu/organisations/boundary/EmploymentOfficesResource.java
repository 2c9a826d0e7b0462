package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.EmploymentOfficeView;
import fi.kuntakokeilu.organisations.Organisations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/employment-offices}: the state employment offices and their regions. */
@Path("v1/employment-offices")
@Tag(name = "Organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmploymentOfficesResource {

    @Inject
    Organisations organisations;

    @GET
    @Operation(summary = "All employment offices with the municipalities of their region")
    public List<EmploymentOfficeView> list() {
        return organisations.employmentOffices();
    }
}
