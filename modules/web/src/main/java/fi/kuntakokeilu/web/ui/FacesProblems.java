package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.platform.i18n.Messages;
import fi.kuntakokeilu.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a screen's action against a module API and shows what the API refused, in the user's
 * language, beside the field it concerns: the same problems the REST API answers, read by a person.
 */
@RequestScoped
public class FacesProblems {

    @Inject
    FacesContext faces;

    @Inject
    LanguageView language;

    /**
     * The action's result, or null when the API refused it (the reasons are then on the page).
     *
     * @param fields API field names mapped to the client ids of the inputs that hold them
     */
    public <T> T attempt(Supplier<T> action, Map<String, String> fields) {
        try {
            return action.get();
        } catch (ProblemException e) {
            Locale locale = language.getLocale();
            if (e.fieldErrors().isEmpty()) {
                add(null, Messages.get(locale, e.detailKey(), e.detailArgs()));
            }
            e.fieldErrors()
                    .forEach(error -> add(
                            fields.get(error.field()),
                            Messages.get(locale, error.key(), error.args().toArray())));
        } catch (ConstraintViolationException e) {
            Locale locale = language.getLocale();
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                add(
                        fields.get(lastProperty(violation.getPropertyPath())),
                        Messages.interpolate(
                                locale,
                                violation.getMessageTemplate(),
                                violation.getConstraintDescriptor().getAttributes()));
            }
        }
        faces.validationFailed();
        return null;
    }

    /**
     * What a page shows, or the error page when the API refuses it: 403 for a role that may not see
     * it (an evaluator and a person), 404 for a subject that is missing or out of the caller's
     * scope (the API does not tell them apart, and neither does the page). Null when refused.
     */
    public <T> T orErrorPage(Supplier<T> read) {
        try {
            return read.get();
        } catch (ProblemException e) {
            errorPage(e.status() == 403 ? 403 : 404);
            return null;
        }
    }

    /** Ends the request with the error page of the status (forbidden.html, not-found.html). */
    public void errorPage(int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        faces.responseComplete();
    }

    /** A text of the user interface in the user's language. */
    public String text(String key, Object... args) {
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.getLocale()).format(args);
    }

    /** Refuses an input before any API is asked, with a text of the user interface. */
    public void refuse(String clientId, String key) {
        add(clientId, text(key));
        faces.validationFailed();
    }

    /** Shows a confirmation after an action succeeded. */
    public void confirm(String key, Object... args) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    private void add(String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static String lastProperty(Path path) {
        String last = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                last = node.getName();
            }
        }
        return last;
    }
}
