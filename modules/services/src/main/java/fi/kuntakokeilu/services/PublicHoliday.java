package fi.kuntakokeilu.services;

/**
 * The days on which Finnish employment services are closed besides weekends: the public holidays of
 * the Finnish calendar, and Midsummer Eve and Christmas Eve.
 *
 * <p>The two eves are not church or national holidays, but the Act on the Calculation of Time Limits
 * (150/1930) § 5 treats them like holidays (a time limit that ends on one moves to the next working
 * day), and employment offices and municipal employment services are closed on them. Dates follow
 * the rules in force since 1992, when Epiphany and Ascension Day returned to their own days after
 * two decades on Saturdays.
 */
public enum PublicHoliday {
    /** 1 January. */
    NEW_YEARS_DAY,
    /** 6 January. */
    EPIPHANY,
    /** The Friday before Easter Sunday. */
    GOOD_FRIDAY,
    /** The Gregorian Easter. */
    EASTER_SUNDAY,
    /** The day after Easter Sunday. */
    EASTER_MONDAY,
    /** 1 May. */
    MAY_DAY,
    /** Thursday, 39 days after Easter Sunday; in some years (2008) it falls on May Day. */
    ASCENSION_DAY,
    /** Pentecost, 49 days after Easter Sunday. */
    WHIT_SUNDAY,
    /** The Friday between 19 and 25 June. */
    MIDSUMMER_EVE,
    /** The Saturday between 20 and 26 June. */
    MIDSUMMER_DAY,
    /** The Saturday between 31 October and 6 November. */
    ALL_SAINTS_DAY,
    /** 6 December. */
    INDEPENDENCE_DAY,
    /** 24 December. */
    CHRISTMAS_EVE,
    /** 25 December. */
    CHRISTMAS_DAY,
    /** 26 December, St Stephen's Day. */
    BOXING_DAY;

    /** The key of the holiday's name in the services message bundle. */
    public String messageKey() {
        return "services.holiday." + name();
    }
}
