package fi.kuntakokeilu.platform.audit;

/**
 * The result of checking the audit trail's seals.
 *
 * @param seals how many seals were checked
 * @param sealedEvents how many events the seals cover
 * @param unsealedEvents events newer than the last seal (sealed within minutes)
 * @param valid true when every seal matches its events and its predecessor
 * @param firstBrokenSeal the id of the first seal that does not match, or null
 * @param problem what does not match, in words, or null
 */
public record ChainVerification(
        long seals, long sealedEvents, long unsealedEvents, boolean valid, Long firstBrokenSeal, String problem) {}
