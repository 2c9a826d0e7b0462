-- An import started from the administrators' page runs as a batch job: its extract is stored first
-- and its lines counted (total_lines: non-blank lines after the header), so that the page can show
-- lines_read of total_lines as its progress. requested_role is who started it, for the job's audit
-- rows. Both stay empty for an import streamed through the REST API (read in the request).
ALTER TABLE cli_import
    ADD COLUMN total_lines    BIGINT,
    ADD COLUMN requested_role VARCHAR(30);
