package fi.kuntakokeilu.platform.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator's conclusion on a break-glass entry: justified, or what was done about it. */
public record BreakGlassReview(@NotBlank @Size(max = 1000) String note) {}
