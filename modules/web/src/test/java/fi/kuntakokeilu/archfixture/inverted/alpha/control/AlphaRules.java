package fi.kuntakokeilu.archfixture.inverted.alpha.control;

/** Fixture: a rule class. */
public class AlphaRules {
    public static boolean ok() {
        return true;
    }
}
