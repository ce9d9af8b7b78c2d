package io.github.peatmoss.dataset;

/** Hears about a {@link Miner}'s progress; called on the mining thread. Both methods do nothing by default. */
public interface MiningListener {
  /** Called once before the first page when a run resumes from a stored checkpoint. */
  default void resumed(String source, String continuationToken) {}

  /** Called after each page's transaction (its rows and its checkpoint) has committed. */
  default void pageWritten(MiningProgress progress) {}
}
