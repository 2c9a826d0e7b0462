package fi.kuntakokeilu.archfixture.good.alpha.control;

import fi.kuntakokeilu.archfixture.good.alpha.AlphaApi;
import fi.kuntakokeilu.archfixture.good.alpha.entity.AlphaEntity;

/** Fixture: control uses its own entity and API. */
public class AlphaStore implements AlphaApi {
    private final AlphaEntity entity = new AlphaEntity();

    @Override
    public String name() {
        return entity.toString();
    }
}
