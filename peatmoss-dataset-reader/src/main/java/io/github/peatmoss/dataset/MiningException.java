package io.github.peatmoss.dataset;

import io.github.peatmoss.core.exception.PeatmossException;

/**
 * A mining run stopped because a page could not be fetched or written. Every page before it is committed with
 * its checkpoint: rerunning the same run resumes there. The cause says what failed.
 */
public class MiningException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long itemsWritten;

  /** Creates the exception for a run of {@code source} that wrote {@code itemsWritten} items before failing. */
  public MiningException(String source, long itemsWritten, PeatmossException cause) {
    super(
        cause.getMessage() + " (after " + itemsWritten
            + " items; the checkpoint is saved in the database:"
            + " rerun the same command to resume)",
        cause);
    this.source = source;
    this.itemsWritten = itemsWritten;
  }

  /** Returns the listing's key. */
  public String source() {
    return source;
  }

  /** Returns how many items this run wrote before it stopped. */
  public long itemsWritten() {
    return itemsWritten;
  }
}
