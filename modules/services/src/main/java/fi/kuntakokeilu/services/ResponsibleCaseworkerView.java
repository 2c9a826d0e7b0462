package fi.kuntakokeilu.services;

import java.util.List;

/**
 * Who the responsible caseworker of a customer is now within the trial area responsible for them,
 * and every earlier assignment.
 *
 * @param areaKey the trial area responsible for the customer now; null when an office is
 * @param current the assignment in force: the latest, if made in the current area since it took the
 *     customer over; null when nobody is assigned there
 * @param history every assignment, the first first (earlier areas' too)
 * @param version what an assignment must name: the sequence of the latest assignment, 0 for none
 */
public record ResponsibleCaseworkerView(
        long jobSeekerId,
        String areaKey,
        CaseworkerAssignmentView current,
        List<CaseworkerAssignmentView> history,
        long version) {

    public ResponsibleCaseworkerView {
        history = List.copyOf(history);
    }
}
