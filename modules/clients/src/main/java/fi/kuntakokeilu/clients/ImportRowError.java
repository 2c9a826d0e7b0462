package fi.kuntakokeilu.clients;

/**
 * A refused row of an import: its line in the file (the header is line 1), the column at fault, the
 * reason in the reader's language, and a stable code for programs.
 */
public record ImportRowError(long line, String field, String reason, String code) {}
