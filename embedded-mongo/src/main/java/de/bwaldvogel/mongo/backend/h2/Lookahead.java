package de.bwaldvogel.mongo.backend.h2;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator that finds its next element ahead of time; null from {@link #findNext()} ends it. */
abstract class Lookahead<T> implements Iterator<T> {
    private T next;

    /** The next element, or null when there is none. */
    protected abstract T findNext();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = findNext();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T element = next;
        next = null;
        return element;
    }
}
