package fr.sessiontp.people.domain;

import java.util.List;

/** One page of a list: its items, its number (from 0), the page size and the total number of items. */
public record PageOf<T>(List<T> items, int number, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return (long) (number + 1) * size < total;
    }
}
