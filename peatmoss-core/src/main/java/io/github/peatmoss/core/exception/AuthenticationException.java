package io.github.peatmoss.core.exception;

/**
 * The service refused the request for want of credentials or permission (401, or 403 without a rate-limit
 * signal). Check the token, its scopes, and whether the resource is gated.
 */
public class AuthenticationException extends PeatmossServiceException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(message, statusCode, requestId, serviceMessage);
  }
}
