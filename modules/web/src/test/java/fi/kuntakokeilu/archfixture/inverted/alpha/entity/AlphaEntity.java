package fi.kuntakokeilu.archfixture.inverted.alpha.entity;

import fi.kuntakokeilu.archfixture.inverted.alpha.control.AlphaRules;

/** Fixture: breaks the layering by depending on its own module's control. */
public class AlphaEntity {
    public boolean valid() {
        return AlphaRules.ok();
    }
}
