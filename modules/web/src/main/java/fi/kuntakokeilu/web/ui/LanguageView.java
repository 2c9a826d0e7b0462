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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language of the user interface: the language the user chose for their account (kept across
 * sessions), else the browser's preference among Finnish, Swedish and English. Choosing a language
 * while signed in stores it on the account.
 */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Three-letter ISO 639-2 codes (as job seekers' mother tongues are stored) to two-letter ones. */
    private static final Map<String, String> TWO_LETTER = Arrays.stream(Locale.getISOLanguages())
            .collect(Collectors.toMap(two -> Locale.forLanguageTag(two).getISO3Language(), two -> two, (a, b) -> a));

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
        String tag = TWO_LETTER.getOrDefault(code.toLowerCase(Locale.ROOT), code);
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(getLocale());
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();
    }
}
