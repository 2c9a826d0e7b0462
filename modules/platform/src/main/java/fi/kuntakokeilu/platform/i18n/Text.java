package fi.kuntakokeilu.platform.i18n;

/**
 * A message key used as an argument of another message, translated along with it: "{0} {1} was not
 * found" with {@code new Text("organisations.trialArea")} reads "Kokeilualuetta" in Finnish and
 * "Trial area" in English.
 */
public record Text(String key) {}
