package io.github.peatmoss.hf;

import io.github.peatmoss.core.exception.AuthenticationException;

/** The repository is gated: its files need a token of a user who was granted access on the model page. */
public final class HfGatedRepositoryException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  HfGatedRepositoryException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(message, statusCode, requestId, serviceMessage);
  }
}
