package io.github.peatmoss.licenses;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The summary of a license audit: links per verdict, per license pair and per category pair (most frequent
 * first), and the license strings that could not be mapped.
 */
@Value.Immutable
public interface AuditSummary {
  /** Returns the number of links audited. */
  long links();

  /** Returns the number of links per verdict, every verdict present, in the enum's order. */
  Map<Verdict, Long> byVerdict();

  /** Returns the links per (model license, repository license) pair, most frequent first. */
  List<PairSummary> byLicensePair();

  /** Returns the links per (model category, repository category) pair, most frequent first. */
  List<PairSummary> byCategoryPair();

  /** Returns each license string that could not be mapped, with how many links it appears in, most first. */
  Map<String, Long> unmappedLicenses();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AuditSummary} values; not thread-safe. */
  final class Builder extends ImmutableAuditSummary.Builder {}
}
