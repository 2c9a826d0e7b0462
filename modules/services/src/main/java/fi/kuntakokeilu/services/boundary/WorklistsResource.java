package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.services.Services;
import fi.kuntakokeilu.services.Worklist;
import fi.kuntakokeilu.services.WorklistKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/worklists}: what a trial area's or an office's staff have due, by deadline; with
 * {@code caseworker} ({@code me} or an account), one caseworker's part of their area's list.
 */
@Path("v1/worklists")
@Tag(name = "Worklists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorklistsResource {

    @Inject
    Services services;

    @GET
    @Operation(
            summary = "Counts per kind and a page of items by deadline, for a trial area (area) or an office"
                    + " (office), or for the customers of one caseworker of the area (caseworker=me or an account)")
    public Worklist worklist(
            @QueryParam("area") String area,
            @QueryParam("office") String office,
            @QueryParam("caseworker") String caseworker,
            @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (caseworker != null) {
            if (office != null) {
                throw InvalidInputException.of("caseworker", "services.worklist.caseworkerNeedsArea");
            }
            return services.caseworkerWorklist(area, caseworker, kindOf(kind), page, size);
        }
        return services.worklist(area, office, kindOf(kind), page, size);
    }

    private static WorklistKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Arrays.stream(WorklistKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("kind", "services.worklist.unknownKind", kind));
    }
}
