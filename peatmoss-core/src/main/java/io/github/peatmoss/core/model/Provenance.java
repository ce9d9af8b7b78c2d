package io.github.peatmoss.core.model;

/** Where an extracted metadata value came from, from most to least authoritative. */
public enum Provenance {
  /** A structured field of the hub's API (for example {@code safetensors.total} or {@code config}). */
  HUB_API,
  /** The YAML front matter of the model card. */
  CARD_YAML,
  /** The hub's tags (for example {@code dataset:imdb} or {@code arxiv:1810.04805}). */
  TAGS,
  /** Deterministic parsing of the model card's Markdown body (tables, headings, links). */
  CARD_TEXT,
  /** A language model's answer, checked against the schema and its quoted evidence. */
  LLM,
  /** Read from a PeaTMOSS database, whose own extraction left no finer record. */
  DATASET
}
