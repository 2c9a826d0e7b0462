package fi.kuntakokeilu.reporting;

/**
 * A trial area among the largest of a month, by job seekers as published. Areas whose job-seeker
 * count is withheld are not ranked: a rank would bound the hidden count.
 *
 * @param rank 1 for the largest; areas with equal counts share a rank
 */
public record RankedArea(
        int rank,
        String areaKey,
        String nameFi,
        String nameSv,
        Figure jobSeekers,
        Figure unemployed,
        Figure unemployedShare) {}
