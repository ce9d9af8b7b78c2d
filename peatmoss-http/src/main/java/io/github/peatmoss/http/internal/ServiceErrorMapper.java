package io.github.peatmoss.http.internal;

import io.github.peatmoss.core.exception.PeatmossServiceException;

/** Turns an error answer into the exception to throw; clients plug in their service-specific types. */
@FunctionalInterface
public interface ServiceErrorMapper {
  /** Returns the exception for {@code error}; never null. */
  PeatmossServiceException toException(ServiceError error);
}
