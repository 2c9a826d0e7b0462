package fi.kuntakokeilu.reporting;

/**
 * The unemployed share of all trial areas against the whole country (employment offices and trial
 * areas together), as TEM's reviews set them side by side (60 % against 45 % in October 2021). The
 * counts are published through the suppression as a list of two bodies, the trial areas and the
 * employment offices, whose total is the country.
 */
public record CountryComparison(
        Figure trialAreasJobSeekers,
        Figure trialAreasUnemployed,
        Figure trialAreasUnemployedShare,
        Figure countryJobSeekers,
        Figure countryUnemployed,
        Figure countryUnemployedShare) {}
