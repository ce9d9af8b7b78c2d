package io.github.peatmoss.llm;

import io.github.peatmoss.core.exception.PeatmossServiceException;

/** The provider account has no quota or credit left; retrying cannot help (OpenAI {@code insufficient_quota}). */
public final class QuotaExceededException extends PeatmossServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code message} must not contain secrets. */
  public QuotaExceededException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(message, statusCode, requestId, serviceMessage);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
