package io.github.peatmoss.core.exception;

/** The service rejected the request as malformed (400 or 422): fix the parameters before trying again. */
public class BadRequestException extends PeatmossServiceException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(message, statusCode, requestId, serviceMessage);
  }
}
