package fi.kuntakokeilu.services;

import java.time.Instant;

/** A case note: plain text, to be escaped wherever it is shown. */
public record CaseNoteView(
        long id,
        long jobSeekerId,
        NoteTopic topic,
        String body,
        String writtenBy,
        Instant writtenAt,
        Instant updatedAt,
        long version) {}
