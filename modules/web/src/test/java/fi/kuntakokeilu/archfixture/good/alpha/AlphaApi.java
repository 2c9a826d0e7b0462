package fi.kuntakokeilu.archfixture.good.alpha;

/** Fixture: a module's API. */
public interface AlphaApi {
    String name();
}
