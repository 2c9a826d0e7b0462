package fi.kuntakokeilu.services;

/** The plans staff make with a customer (domain.md, "Service obligations"). */
public enum PlanKind {
    /** Employment plan (työllistymissuunnitelma): the plan of every job seeker. */
    EMPLOYMENT_PLAN,
    /** Activation plan (aktivointisuunnitelma), made with social services for the long-term unemployed. */
    ACTIVATION_PLAN,
    /** Integration plan (kotoutumissuunnitelma) of an immigrant. */
    INTEGRATION_PLAN,
    /** The multisectoral joint plan of the TYP service (monialainen työllistymissuunnitelma). */
    MULTISECTORAL_JOINT_PLAN;

    public String messageKey() {
        return "services.planKind." + name();
    }
}
