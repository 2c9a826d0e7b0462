package fi.kuntakokeilu.archfixture.backwards.alpha;

import fi.kuntakokeilu.archfixture.backwards.beta.BetaApi;

/** Fixture: breaks the dependency direction: the earlier module uses the later one. */
public interface AlphaApi {
    BetaApi beta();
}
