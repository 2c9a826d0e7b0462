package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.platform.i18n.Languages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the user interface: the browser's preference among Finnish, Swedish and English
 * until the user picks one, then the pick, for the rest of the session.
 */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces == null
                    ? Languages.DEFAULT
                    : Languages.closest(faces.getExternalContext().getRequestLocale());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String tag) {
        locale = Languages.ofTag(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();
    }
}
