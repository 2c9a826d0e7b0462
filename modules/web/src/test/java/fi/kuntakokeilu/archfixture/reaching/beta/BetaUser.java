package fi.kuntakokeilu.archfixture.reaching.beta;

import fi.kuntakokeilu.archfixture.reaching.alpha.control.AlphaStore;

/** Fixture: breaks the rule by using another module's control package. */
public class BetaUser {
    public String use() {
        return new AlphaStore().name();
    }
}
