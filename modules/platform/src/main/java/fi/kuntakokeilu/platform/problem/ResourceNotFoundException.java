package fi.kuntakokeilu.platform.problem;

import fi.kuntakokeilu.platform.i18n.Text;

/**
 * 404: the thing does not exist, or the caller may not know that it does. Both give the same answer
 * so that a search by identifiers outside one's scope reveals nothing.
 */
public class ResourceNotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** @param whatKey the message key naming the kind of resource, e.g. {@code organisations.trialArea} */
    public ResourceNotFoundException(String whatKey, Object id) {
        super(404, "not-found", "platform.problem.not-found.resource", new Text(whatKey), String.valueOf(id));
    }
}
