package fi.kuntakokeilu.clients;

import fi.kuntakokeilu.platform.identity.ValidPersonalIdentityCode;
import jakarta.validation.constraints.NotNull;

/** Whose access report is asked for: the data subject's identity code, in the body, never in an address. */
public record AccessReportRequest(
        @NotNull @ValidPersonalIdentityCode String personalIdentityCode) {}
