package org.claimwatch.net;

/** TEMPORARY placeholder until the feeds branch lands. */
public final class BlockedAddressException extends Exception {
    public BlockedAddressException(String message) {
        super(message);
    }
}
