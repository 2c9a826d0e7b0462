package fi.kuntakokeilu.organisations;

import java.util.List;

/** An employment office and the municipalities of its region. */
public record EmploymentOfficeView(String key, String nameFi, String nameSv, List<String> municipalities) {}
