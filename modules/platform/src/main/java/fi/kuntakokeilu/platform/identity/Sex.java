package fi.kuntakokeilu.platform.identity;

/** Sex as the personal identity code records it (odd individual number: male, even: female). */
public enum Sex {
    MALE,
    FEMALE
}
