package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.DesignView;
import fi.kuntakokeilu.evaluation.EstimateRequest;
import fi.kuntakokeilu.evaluation.EstimateView;
import fi.kuntakokeilu.evaluation.Evaluation;
import fi.kuntakokeilu.evaluation.PanelBuildRequest;
import fi.kuntakokeilu.evaluation.PanelBuildView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/evaluation}: evaluation designs (treated and comparison municipalities, from
 * when; customers assigned per arm), estimates (difference-in-differences and the event study of an
 * indicator under a design), and panel builds for administrators.
 */
@Path("v1/evaluation")
@Tag(name = "Evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    Evaluation evaluation;

    @GET
    @Path("designs")
    @Operation(
            summary = "Evaluation designs: treated municipalities with their start, comparison municipalities,"
                    + " pre-period, outcomes, and customers assigned per arm (intention to treat) and movers")
    public List<DesignView> designs() {
        return evaluation.designs();
    }

    @POST
    @Path("estimates")
    @Operation(
            summary = "The effect of a design's treatment on an indicator over a period: difference-in-differences"
                    + " (two-way fixed effects per municipality and month, cluster-robust 95% interval) and the event"
                    + " study with its pre-trend test (evaluators and administrators)")
    public EstimateView estimate(EstimateRequest request) {
        return evaluation.estimate(request);
    }

    @GET
    @Path("panel/builds")
    @Operation(summary = "The latest builds of the monthly status panel, newest first (administrators)")
    public List<PanelBuildView> builds() {
        return evaluation.panelBuilds();
    }

    @POST
    @Path("panel/rebuild")
    @Operation(
            summary = "Rebuild the monthly status panel: every month end (FULL) or one (MONTH); answers when"
                    + " done (administrators)")
    public PanelBuildView rebuild(PanelBuildRequest request) {
        return evaluation.buildPanel(request);
    }
}
