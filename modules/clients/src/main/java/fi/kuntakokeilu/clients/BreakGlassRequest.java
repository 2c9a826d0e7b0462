package fi.kuntakokeilu.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an area manager must open a customer their areas are not responsible for (break-glass). The
 * reason is kept with the audit row and read by an administrator, so it must say enough to judge.
 */
public record BreakGlassRequest(
        @NotBlank @Size(min = 10, max = 1000) String reason) {}
