package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.organisations.Accounts;
import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.CurrentUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the user interface: the language the user chose for their account (kept across
 * sessions), else the browser's preference among Finnish, Swedish and English. Choosing a language
 * while signed in stores it on the account.
 */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;
    private String adoptedFor;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    public Locale getLocale() {
        adoptAccountLanguage();
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
        if (currentUser.get().isPresent()) {
            accounts.changeLanguage(locale.getLanguage());
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }

    /** Once per signed-in user: the account's own language, when the user has chosen one. */
    private void adoptAccountLanguage() {
        Optional<Caller> caller = currentUser.get();
        if (caller.isPresent() && !caller.get().username().equals(adoptedFor)) {
            adoptedFor = caller.get().username();
            String chosen = accounts.me().language();
            if (chosen != null) {
                locale = Languages.ofTag(chosen);
            }
        }
    }

    /** A day as the user's language writes it (medium style: "1.3.2021", "1 mars 2021"). */
    public String date(LocalDate day) {
        return day == null
                ? "–"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(getLocale())
                        .format(day);
    }

    /** A language by its ISO 639 code (two or three letters) in the user's language; the code when unknown. */
    public String languageName(String code) {
        if (code == null || code.isBlank()) {
            return "–";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();
    }
}
