package fi.kuntakokeilu.archfixture.good.alpha.entity;

/** Fixture: an entity that knows nothing else. */
public class AlphaEntity {}
