package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** Snapshotted PTMs per hub and what the snapshots hold. */
@Value.Immutable
@JsonSerialize(as = ImmutableSnapshotsSection.class)
public interface SnapshotsSection extends ReportSection {
  @Override
  default Section section() {
    return Section.SNAPSHOTS;
  }

  /** Returns the number of snapshotted models ({@code has_snapshot = 1}). */
  long snapshotted();

  /** Returns {@link #snapshotted()} as a percentage of all models. */
  double percent();

  /** Returns the models and snapshotted models per hub, most models first. */
  List<HubSnapshots> byHub();

  /** Returns the number of Hugging Face commits recorded. */
  long commits();

  /** Returns the number of models with at least one recorded commit. */
  long modelsWithCommits();

  /** Returns the number of Hugging Face discussions and pull requests recorded. */
  long discussions();

  /** Returns the number of models with at least one recorded discussion. */
  long modelsWithDiscussions();

  /** Returns the number of GitHub issues of PTM repositories (PyTorch Hub models). */
  long ptmIssues();

  /** Returns the number of GitHub pull requests of PTM repositories (PyTorch Hub models). */
  long ptmPullRequests();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SnapshotsSection} values; not thread-safe. */
  final class Builder extends ImmutableSnapshotsSection.Builder {}
}
