package io.github.peatmoss.hf;

import io.github.peatmoss.core.exception.ResourceNotFoundException;

/** The repository does not exist, or is private or gated and the request carried no token that may see it (the Hub answers all three alike). */
public final class HfRepositoryNotFoundException extends ResourceNotFoundException {
  private static final long serialVersionUID = 1L;

  HfRepositoryNotFoundException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(message, statusCode, requestId, serviceMessage);
  }
}
