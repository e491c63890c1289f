package org.dateline.model;

/** Input that could not be used: which file, where in it, and why. The batch goes on without it. */
public record Problem(String file, String position, String reason) {

    @Override
    public String toString() {
        return position == null || position.isEmpty()
                ? file + ": " + reason
                : file + ":" + position + ": " + reason;
    }
}
