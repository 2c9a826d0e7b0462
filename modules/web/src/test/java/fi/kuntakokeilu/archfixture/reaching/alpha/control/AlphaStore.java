package fi.kuntakokeilu.archfixture.reaching.alpha.control;

/** Fixture: a module's internal store. */
public class AlphaStore {
    public String name() {
        return "alpha";
    }
}
