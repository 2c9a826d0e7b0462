package fi.kuntakokeilu.services;

/**
 * A service of the catalogue with its names.
 *
 * @param activeService counts as an active service in the activation rate
 * @param available offered for new service periods
 */
public record CatalogueEntry(
        String code, String nameFi, String nameSv, String nameEn, boolean activeService, boolean available) {}
