package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.LegalBasis;
import fi.kuntakokeilu.clients.ResponsibleBody;
import java.time.LocalDate;

/** What the transfer planner decided for one person: stay, move now, or order a move by a deadline. */
public sealed interface Plan {

    long jobSeekerId();

    /** Why nothing moves. */
    enum StayReason {
        /** Custody changed after the day evaluated: a run cannot rewrite later decisions. */
        CUSTODY_CHANGED_LATER,
        /** At the office and not in the target group. */
        NOT_IN_TARGET_GROUP,
        /** With a trial area that is still the right one. */
        IN_PLACE,
        /** Held by a discretionary decision. */
        HELD_BY_DISCRETION,
        /** A return to the office is due, but no office is known for the home municipality. */
        NO_OFFICE,
        /** Outside the trial area a run was limited to. */
        OTHER_AREA
    }

    record Stay(long jobSeekerId, StayReason reason) implements Plan {}

    /** A transfer now, effective on the day evaluated. */
    record Move(long jobSeekerId, ResponsibleBody from, ResponsibleBody to, LegalBasis basis, Decision decision)
            implements Plan {}

    /** An entry order: the person entered the target group and moves by the deadline. */
    record Order(long jobSeekerId, ResponsibleBody from, ResponsibleBody to, LocalDate deadline, Decision decision)
            implements Plan {}
}
