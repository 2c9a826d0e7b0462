package fi.kuntakokeilu.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A case note, new or rewritten: its topic and plain text.
 *
 * @param version on a change, the version read; a stale one is refused (409)
 */
public record CaseNoteRequest(
        @NotNull NoteTopic topic,
        @NotBlank @Size(max = 4000) String body,
        Long version) {}
