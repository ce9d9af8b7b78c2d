package io.github.peatmoss.core.exception;

import java.util.Objects;
import java.util.Optional;

/**
 * A remote service answered with an error status. Carries the status code, the service's own message and
 * request id when it sent them, and whether retrying the same request may succeed.
 */
public class PeatmossServiceException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String requestId;
  private final String serviceMessage;

  /**
   * Creates an exception for a service answer.
   *
   * @param message what went wrong and what to do; must not contain secrets
   * @param statusCode the HTTP status code
   * @param requestId the service's request id, or {@code null} when it sent none
   * @param serviceMessage the service's own error text, or {@code null} when it sent none
   */
  public PeatmossServiceException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(Objects.requireNonNull(message, "message == null"));
    this.statusCode = statusCode;
    this.requestId = requestId;
    this.serviceMessage = serviceMessage;
  }

  /** Returns the HTTP status code the service answered with. */
  public int statusCode() {
    return statusCode;
  }

  /** Returns the service's request id, for support requests. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Returns the service's own error text. */
  public Optional<String> serviceMessage() {
    return Optional.ofNullable(serviceMessage);
  }

  /** Returns whether sending the same request again may succeed (408, 429 and 5xx). */
  public boolean isRetryable() {
    return statusCode == 408 || statusCode == 429 || statusCode >= 500;
  }
}
