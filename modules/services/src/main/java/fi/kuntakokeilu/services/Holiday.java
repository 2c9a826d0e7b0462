package fi.kuntakokeilu.services;

import fi.kuntakokeilu.platform.i18n.Messages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** One holiday in one year: {@code 2022-06-24 MIDSUMMER_EVE}. */
public record Holiday(LocalDate date, PublicHoliday holiday) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holiday, "holiday");
    }

    /** The holiday's name in Finnish, Swedish or English ("juhannusaatto", "midsommarafton"). */
    public String name(Locale locale) {
        return Messages.get(locale, holiday.messageKey());
    }
}
