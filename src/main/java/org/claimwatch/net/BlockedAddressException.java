package org.claimwatch.net;

/** A URL the {@link NetworkGuard} refuses; the message says why, in words fit for the editor. */
public final class BlockedAddressException extends Exception {

    private static final long serialVersionUID = 1L;

    public BlockedAddressException(String message) {
        super(message);
    }
}
