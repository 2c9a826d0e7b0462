package fi.kuntakokeilu.clients;

/**
 * The unemployment benefit a job seeker is entitled to. Earnings-related allowance (from an
 * unemployment fund) keeps a person over 30 who speaks Finnish, Swedish or Sami out of the target
 * group; Kela's basic allowance and labour-market subsidy do not (Act 1269/2020 § 4).
 */
public enum UnemploymentBenefit {
    EARNINGS_RELATED,
    BASIC_ALLOWANCE,
    LABOUR_MARKET_SUBSIDY,
    NONE
}
