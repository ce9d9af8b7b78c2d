package io.github.peatmoss.licenses;

/** The outcome of a compatibility check, ordered from best to worst. */
public enum Verdict {
  /** Reuse fits the outbound license; obligations such as attribution may still apply. */
  COMPATIBLE,
  /** Reuse fits only if obligations the license choice alone cannot show are met (use restrictions, NC, ...). */
  CONDITIONAL,
  /** The knowledge base (and matrix, if any) cannot decide: a license is unknown or the combination undecided. */
  UNKNOWN,
  /** The outbound license cannot carry the inbound license's terms. */
  INCOMPATIBLE;

  /** Returns the better of two verdicts (the choice an {@code OR} offers). */
  static Verdict best(Verdict a, Verdict b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** Returns the worse of two verdicts (what an {@code AND} must satisfy). */
  static Verdict worst(Verdict a, Verdict b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
