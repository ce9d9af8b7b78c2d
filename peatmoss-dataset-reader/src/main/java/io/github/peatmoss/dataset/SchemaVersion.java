package io.github.peatmoss.dataset;

/** The generation of a PeaTMOSS database schema. */
public enum SchemaVersion {
  /** The 2023 Mining Challenge release: 56 tables. */
  R1,
  /** The 2024 release: R1 plus 20 tables of LLM-extracted metadata, {@code dataset.url}, {@code paper.title}. */
  R2
}
