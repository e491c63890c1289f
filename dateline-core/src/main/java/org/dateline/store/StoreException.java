package org.dateline.store;

/** The data directory cannot be used; the message says why in words a user can act on. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
