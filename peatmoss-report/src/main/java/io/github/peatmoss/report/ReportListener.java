package io.github.peatmoss.report;

/** Hears how a report run progresses, for progress output; called on the thread that runs the report. */
public interface ReportListener {
  /** A listener that does nothing. */
  ReportListener NONE = new ReportListener() {};

  /** Called before the {@code index}-th (1-based) of {@code total} sections is computed. */
  default void started(Section section, int index, int total) {}

  /** Called when a section has been computed or skipped. */
  default void finished(ReportSection result, int index, int total) {}
}
