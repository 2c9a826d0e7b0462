package fi.kuntakokeilu.organisations;

import java.time.LocalDate;

/** An area that took a practice up. */
public record AdoptionView(String areaKey, String areaNameFi, String areaNameSv, LocalDate adoptedOn, String note) {}
