package org.claimwatch.net;

/** A fetch that failed, with a message fit to show an editor and the HTTP status when there was one (else 0). */
public final class FetchException extends Exception {

    private final int status;

    public FetchException(String message, int status) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
