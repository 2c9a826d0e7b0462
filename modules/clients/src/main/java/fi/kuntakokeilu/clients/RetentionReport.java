package fi.kuntakokeilu.clients;

import java.time.LocalDate;

/**
 * What the retention rules remove on a day, or removed (docs/security.md, "Retention").
 *
 * @param day the day the periods were counted back from
 * @param applied false for a dry run, which changes nothing
 * @param formerCustomersLeftBefore people whose latest situation is "not seeking work" since before
 *     this day lose their name, identity code and contact details
 * @param formerCustomers how many such people (not yet anonymised)
 * @param importsFinishedBefore imports finished before this day lose their refused-row lists
 * @param importErrorRows how many refused-row records that is
 */
public record RetentionReport(
        LocalDate day,
        boolean applied,
        LocalDate formerCustomersLeftBefore,
        long formerCustomers,
        LocalDate importsFinishedBefore,
        long importErrorRows) {}
