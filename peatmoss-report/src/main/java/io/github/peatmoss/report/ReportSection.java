package io.github.peatmoss.report;

/**
 * One analysis of a {@link Report}: a typed value per {@link Section} ({@link HubsSection}, {@link
 * ReuseSection}, ...), or a {@link SkippedSection} when the database lacks what the analysis needs.
 */
public interface ReportSection {
  /** Returns which analysis this is. */
  Section section();
}
