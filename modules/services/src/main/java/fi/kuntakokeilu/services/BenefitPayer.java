package fi.kuntakokeilu.services;

/** The bodies that pay unemployment benefits and act on benefit statements. */
public enum BenefitPayer {
    /** The Social Insurance Institution of Finland: labour-market subsidy and basic allowance. */
    KELA,
    /** The job seeker's unemployment fund: earnings-related allowance. */
    UNEMPLOYMENT_FUND;

    public String messageKey() {
        return "services.benefitPayer." + name();
    }
}
