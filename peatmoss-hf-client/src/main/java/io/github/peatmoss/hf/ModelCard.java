package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parsed model card ({@code README.md}): the YAML front matter as the Hub reads it (first block only), the
 * well-known keys normalised to lists of strings, the {@code model-index} flattened into evaluation results,
 * the Markdown body and its outline, and warnings for everything that was lenient. Made by {@link
 * ModelCards#parse(String)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelCard.class)
public interface ModelCard {
  /** Returns whether the card had a front-matter block that parsed to a mapping. */
  boolean hasMetadata();

  /**
   * Returns the front matter as parsed: maps, lists, strings, numbers and booleans; null values are dropped.
   * Empty without front matter.
   */
  Map<String, Object> metadata();

  /** Returns the {@code license} values as written (one or several; not checked against the Hub's list). */
  List<String> licenses();

  /** Returns {@code license_name}, set when the license is {@code other}. */
  Optional<String> licenseName();

  /** Returns {@code license_link}. */
  Optional<String> licenseLink();

  /** Returns the {@code language} values (codes or, in old cards, names). */
  List<String> languages();

  /** Returns the {@code tags}. */
  List<String> tags();

  /** Returns the {@code datasets}. */
  List<String> datasets();

  /** Returns the {@code metrics}. */
  List<String> metrics();

  /** Returns the {@code base_model} values. */
  List<String> baseModels();

  /** Returns {@code library_name}. */
  Optional<String> libraryName();

  /** Returns {@code pipeline_tag}. */
  Optional<String> pipelineTag();

  /** Returns the {@code model-index}, one result per metric. */
  List<EvalResult> evalResults();

  /** Returns the Markdown after the front matter (the whole text when there is none). */
  String body();

  /** Returns the headings of the body, in order. */
  List<CardSection> sections();

  /** Returns what was wrong but tolerated: invalid license ids, dropped results, a second YAML block, ... */
  List<String> warnings();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ModelCard} values; not thread-safe. */
  final class Builder extends ImmutableModelCard.Builder {}
}
