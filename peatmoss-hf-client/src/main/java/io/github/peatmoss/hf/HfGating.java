package io.github.peatmoss.hf;

/** Whether users must ask for access before downloading a repository's files (its metadata stays public). */
public enum HfGating {
  /** Not gated. */
  NONE,
  /** Access is granted automatically once the user accepts the conditions. */
  AUTO,
  /** The owners grant access by hand. */
  MANUAL
}
