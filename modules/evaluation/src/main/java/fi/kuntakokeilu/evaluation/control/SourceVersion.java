package fi.kuntakokeilu.evaluation.control;

/**
 * The version of the clients data a panel was built from: the highest ids of job seekers,
 * situation rows and transfers it read. Situation and transfer rows are only ever added, so a build
 * bounded by these ids reads the same rows whenever it runs: the basis of as-of snapshots.
 */
public record SourceVersion(long maxJobSeekerId, long maxSituationId, long maxTransferId) {

    @Override
    public String toString() {
        return "job seekers ≤ " + maxJobSeekerId + ", situations ≤ " + maxSituationId + ", transfers ≤ "
                + maxTransferId;
    }
}
