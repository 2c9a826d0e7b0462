package fi.kuntakokeilu.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A trial area took up another area's practice on a day, with a note on how. */
public record AdoptionRequest(
        @NotBlank @Size(max = 60) String areaKey,
        @NotNull LocalDate adoptedOn,
        @Size(max = 1000) String note) {}
