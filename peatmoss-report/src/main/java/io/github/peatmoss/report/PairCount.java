package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peatmoss.licenses.PairSummary;
import io.github.peatmoss.licenses.Verdict;
import org.immutables.value.Value;

/** Audited links of one (model, repository) pair of licenses or license categories, by verdict. */
@Value.Immutable
@JsonSerialize(as = ImmutablePairCount.class)
public interface PairCount {
  /** Returns the model side: a canonical license, or a category label. */
  String inbound();

  /** Returns the repository side: a canonical license ({@code NONE} for none), or a category label. */
  String outbound();

  /** Returns the number of links with this pair. */
  long links();

  /** Returns how many of them are compatible. */
  long compatible();

  /** Returns how many are compatible only under conditions (use restrictions, non-commercial, ...). */
  long conditional();

  /** Returns how many the knowledge base cannot decide. */
  long unknown();

  /** Returns how many are incompatible. */
  long incompatible();

  /** Returns the pair of an audit summary. */
  static PairCount of(PairSummary pair) {
    return builder()
        .inbound(pair.inbound())
        .outbound(pair.outbound())
        .links(pair.links())
        .compatible(pair.byVerdict().getOrDefault(Verdict.COMPATIBLE, 0L))
        .conditional(pair.byVerdict().getOrDefault(Verdict.CONDITIONAL, 0L))
        .unknown(pair.byVerdict().getOrDefault(Verdict.UNKNOWN, 0L))
        .incompatible(pair.byVerdict().getOrDefault(Verdict.INCOMPATIBLE, 0L))
        .build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PairCount} values; not thread-safe. */
  final class Builder extends ImmutablePairCount.Builder {}
}
