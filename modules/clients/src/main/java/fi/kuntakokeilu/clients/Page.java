package fi.kuntakokeilu.clients;

import java.util.List;

/**
 * One page of a longer list: the items, which page (from 0), its size, and how many there are in
 * all. A list that stops counting (the job-seeker search) says {@code moreThanTotal}: there are more
 * than {@code total}, and {@code total} is how far it counted.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean moreThanTotal) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list counted to the end. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }
}
