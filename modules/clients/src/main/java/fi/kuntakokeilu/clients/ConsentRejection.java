package fi.kuntakokeilu.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a trial area refuses to take a customer offered on discretionary grounds. */
public record ConsentRejection(@NotBlank @Size(max = 1000) String explanation) {}
