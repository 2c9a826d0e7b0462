package fi.kuntakokeilu.clients;

/** Whether the customer or the receiving body has been told of a transfer. */
public enum NotificationStatus {
    PENDING,
    SENT
}
