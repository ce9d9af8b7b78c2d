package io.github.peatmoss.licenses;

import java.util.Map;
import org.immutables.value.Value;

/** How many audited links have one inbound/outbound pair (of licenses or of categories), by verdict. */
@Value.Immutable
public interface PairSummary {
  /** Returns the inbound side: a canonical license or a category label. */
  String inbound();

  /** Returns the outbound side: a canonical license or a category label. */
  String outbound();

  /** Returns the number of links with this pair. */
  long links();

  /** Returns the number of links per verdict, in the enum's order, verdicts with no link left out. */
  Map<Verdict, Long> byVerdict();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PairSummary} values; not thread-safe. */
  final class Builder extends ImmutablePairSummary.Builder {}
}
