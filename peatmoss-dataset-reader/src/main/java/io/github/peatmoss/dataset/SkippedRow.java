package io.github.peatmoss.dataset;

import org.immutables.value.Value;

/**
 * A row a typed query left out because no core value can hold it (for example a model whose stored name is not
 * a model id), with the reason. {@link PeatmossDataset#streamTable(String)} still returns such rows as stored.
 */
@Value.Immutable
public interface SkippedRow {
  /** Returns the table the row is in. */
  String table();

  /** Returns the row's id ({@code rowid}) in that table. */
  long rowId();

  /** Returns why the row was left out and how to fix it. */
  String reason();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SkippedRow} values; not thread-safe. */
  final class Builder extends ImmutableSkippedRow.Builder {}
}
