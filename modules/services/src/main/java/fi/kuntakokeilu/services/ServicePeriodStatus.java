package fi.kuntakokeilu.services;

/** Where a customer's period in a service stands. */
public enum ServicePeriodStatus {
    PLANNED,
    ONGOING,
    COMPLETED,
    INTERRUPTED;

    public String messageKey() {
        return "services.servicePeriodStatus." + name();
    }
}
