package fi.kuntakokeilu.services;

import java.util.List;

/**
 * A customer's job-application obligation: what the current employment plan requires, the reports,
 * how each review period stands, and the reminders and statements neglects led to.
 *
 * @param requirement null when no plan in force sets an obligation
 */
public record JobApplicationsView(
        long jobSeekerId,
        ApplicationRequirement requirement,
        List<ApplicationReportView> reports,
        List<PeriodEvaluation> periods,
        List<StatementView> statements) {}
