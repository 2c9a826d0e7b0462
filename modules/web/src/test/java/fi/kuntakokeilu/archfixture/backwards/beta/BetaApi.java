package fi.kuntakokeilu.archfixture.backwards.beta;

/** Fixture: a later module's API. */
public interface BetaApi {}
