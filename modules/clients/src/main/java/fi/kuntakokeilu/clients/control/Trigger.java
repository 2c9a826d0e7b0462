package fi.kuntakokeilu.clients.control;

/** What set the rules going, which decides how a person entering the target group moves. */
public enum Trigger {
    /** A bulk transfer run: whoever belongs moves at once. */
    BULK,
    /**
     * A registration, a status or home-municipality change, an import: a person entering the target
     * group gets an entry order with a 7-day deadline (Act 1269/2020 § 5); moves and returns happen
     * at once.
     */
    EVENT
}
