package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** What one signature's discovery did: requests sent, candidates found, and what may have been missed. */
@Value.Immutable
@JsonSerialize(as = ImmutableDiscoveryReport.class)
public interface DiscoveryReport {
  /** Returns the signature searched. */
  ReuseSignature signature();

  /** Returns the discovery, for example {@code sourcegraph}. */
  String source();

  /** Returns the requests sent (search pages and slices, or streams opened). */
  long requests();

  /** Returns the distinct candidates delivered. */
  long candidates();

  /** Returns how many dropped streams were resumed. */
  int resumes();

  /** Returns whether the service said results may be missing (incomplete results, capped slices, limits hit). */
  boolean isIncomplete();

  /** Returns the service's alerts and warnings, as text. */
  List<String> alerts();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DiscoveryReport} values; not thread-safe. */
  final class Builder extends ImmutableDiscoveryReport.Builder {}
}
