package io.github.peatmoss.core.model;

/** The lookups a model links to; PeaTMOSS keeps each in a name table and a {@code model_to_*} junction. */
public enum LookupKind {
  AUTHOR,
  LICENSE,
  TAG,
  DATASET,
  PAPER,
  LANGUAGE,
  ARCHITECTURE,
  FRAMEWORK,
  LIBRARY,
  /** R2 only. */
  DOMAIN,
  /** R2 only. */
  TASK
}
