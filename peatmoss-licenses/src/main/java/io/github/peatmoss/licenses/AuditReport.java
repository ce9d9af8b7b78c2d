package io.github.peatmoss.licenses;

import java.util.List;
import org.immutables.value.Value;

/** A license audit with every link's verdict and the summary. */
@Value.Immutable
public interface AuditReport {
  /** Returns the verdict of every link, in input order. */
  List<LinkVerdict> links();

  /** Returns the summary. */
  AuditSummary summary();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AuditReport} values; not thread-safe. */
  final class Builder extends ImmutableAuditReport.Builder {}
}
