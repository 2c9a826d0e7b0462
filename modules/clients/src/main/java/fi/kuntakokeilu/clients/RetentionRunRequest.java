package fi.kuntakokeilu.clients;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Applies the retention rules now. The caller names today, as the dry run they read reported it, so
 * that a replayed or mistaken request removes nothing.
 */
public record RetentionRunRequest(@NotNull LocalDate day) {}
