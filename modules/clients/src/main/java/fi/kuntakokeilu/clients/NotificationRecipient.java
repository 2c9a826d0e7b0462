package fi.kuntakokeilu.clients;

/** Who must be told of every transfer: the customer and the body that receives them. */
public enum NotificationRecipient {
    CUSTOMER,
    RECEIVING_BODY
}
