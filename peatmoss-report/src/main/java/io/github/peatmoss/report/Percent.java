package io.github.peatmoss.report;

/** Percentages as the report gives them: 0 to 100, rounded to two decimals, 0 for an empty total. */
final class Percent {
  private Percent() {}

  static double of(long part, long total) {
    return total == 0 ? 0.0 : Math.round(10_000.0 * part / total) / 100.0;
  }
}
