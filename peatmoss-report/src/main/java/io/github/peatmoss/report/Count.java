package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A named count and its share of a total, in percent (0 to 100, two decimals). */
@Value.Immutable
@JsonSerialize(as = ImmutableCount.class)
public interface Count {
  /** Returns what is counted. */
  String name();

  /** Returns the count. */
  long count();

  /** Returns the count as a percentage of the total it was taken from (0 when that total is 0). */
  double percent();

  /** Returns a count with its percentage of {@code total}. */
  static Count of(String name, long count, long total) {
    return builder().name(name).count(count).percent(Percent.of(count, total)).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Count} values; not thread-safe. */
  final class Builder extends ImmutableCount.Builder {}
}
