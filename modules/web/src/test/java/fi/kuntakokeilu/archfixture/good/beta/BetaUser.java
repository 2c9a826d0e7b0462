package fi.kuntakokeilu.archfixture.good.beta;

import fi.kuntakokeilu.archfixture.good.alpha.AlphaApi;

/** Fixture: a later module using an earlier one's API. */
public class BetaUser {
    public String use(AlphaApi alpha) {
        return alpha.name();
    }
}
