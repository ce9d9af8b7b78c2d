package io.github.peatmoss.hf;

import io.github.peatmoss.core.exception.PeatmossServiceException;

/** The Hub disabled the repository; its content cannot be read. */
public final class HfDisabledRepositoryException extends PeatmossServiceException {
  private static final long serialVersionUID = 1L;

  HfDisabledRepositoryException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(message, statusCode, requestId, serviceMessage);
  }
}
