package io.github.peatmoss.core.exception;

/**
 * No usable answer came back: the connection failed, timed out or was cut after the client's retries.
 * Check the network and the endpoint, then try again.
 */
public class TransportException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
