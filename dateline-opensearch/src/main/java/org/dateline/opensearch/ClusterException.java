package org.dateline.opensearch;

/**
 * A request to the OpenSearch cluster failed: it could not be sent, or the cluster answered with an error. The message
 * names the method and URL, the HTTP status and OpenSearch's own reason (or the connection failure).
 */
public final class ClusterException extends RuntimeException {

    private final String url;
    private final int status;

    public ClusterException(String message, String url, int status, Throwable cause) {
        super(message, cause);
        this.url = url;
        this.status = status;
    }

    /** The URL of the failed request. */
    public String url() {
        return url;
    }

    /** The HTTP status the cluster answered, or 0 when no answer came (unreachable, timed out). */
    public int status() {
        return status;
    }
}
