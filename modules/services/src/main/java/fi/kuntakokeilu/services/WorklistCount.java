package fi.kuntakokeilu.services;

/**
 * How many items of a kind a worklist holds.
 *
 * @param due due today or soon
 * @param overdue past their deadline
 */
public record WorklistCount(WorklistKind kind, long due, long overdue) {

    public long total() {
        return due + overdue;
    }
}
