package fi.kuntakokeilu.clients;

import java.util.List;

/** One page of a longer list: the items, which page (from 0), its size, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
