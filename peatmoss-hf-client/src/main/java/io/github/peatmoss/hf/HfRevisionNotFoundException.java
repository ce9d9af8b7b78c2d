package io.github.peatmoss.hf;

import io.github.peatmoss.core.exception.ResourceNotFoundException;

/** The repository exists but the branch, tag or commit asked for does not. */
public final class HfRevisionNotFoundException extends ResourceNotFoundException {
  private static final long serialVersionUID = 1L;

  HfRevisionNotFoundException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(message, statusCode, requestId, serviceMessage);
  }
}
