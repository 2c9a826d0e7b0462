package fi.kuntakokeilu.clients;

import jakarta.validation.constraints.NotNull;

/** Records that the customer or the receiving body has been told of a transfer. */
public record NotificationRequest(@NotNull NotificationRecipient recipient) {}
