package io.github.peatmoss.llm;

import io.github.peatmoss.core.exception.PeatmossServiceException;

/** The prompt is longer than the model's context window; send a smaller part of the card (a lower token budget). */
public final class ContextLengthExceededException extends PeatmossServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code message} must not contain secrets. */
  public ContextLengthExceededException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(message, statusCode, requestId, serviceMessage);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
