package fi.kuntakokeilu.clients;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The office keeps a customer who entered the target group, on discretionary grounds (from 1.6.2021). */
public record KeepRequest(
        @NotNull DiscretionaryReason reason,
        @Size(max = 1000) String explanation) {}
