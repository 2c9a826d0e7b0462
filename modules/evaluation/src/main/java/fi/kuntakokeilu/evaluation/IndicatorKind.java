package fi.kuntakokeilu.evaluation;

/** Whether an indicator counts people or relates two counts. */
public enum IndicatorKind {
    COUNT,
    SHARE
}
