package fi.kuntakokeilu.services;

/** The unemployment benefit a job seeker receives, which decides who gets a benefit statement. */
public enum BenefitType {
    /** Kela's means-tested labour-market subsidy. */
    LABOUR_MARKET_SUBSIDY(BenefitPayer.KELA),
    /** Kela's basic unemployment allowance, for those outside an unemployment fund. */
    BASIC_ALLOWANCE(BenefitPayer.KELA),
    /** The earnings-related allowance that an unemployment fund pays its members. */
    EARNINGS_RELATED_ALLOWANCE(BenefitPayer.UNEMPLOYMENT_FUND);

    private final BenefitPayer payer;

    BenefitType(BenefitPayer payer) {
        this.payer = payer;
    }

    /** Who pays the benefit, and so receives the statement. */
    public BenefitPayer payer() {
        return payer;
    }

    public String messageKey() {
        return "services.benefitType." + name();
    }
}
