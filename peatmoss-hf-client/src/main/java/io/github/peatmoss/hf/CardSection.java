package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A heading of a model card's Markdown body, for its outline. */
@Value.Immutable
@JsonSerialize(as = ImmutableCardSection.class)
public interface CardSection {
  /** Returns the heading level, 1 to 6. */
  int level();

  /** Returns the heading text. */
  String title();

  /** Returns the 1-based line of the heading within the body. */
  int line();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CardSection} values; not thread-safe. */
  final class Builder extends ImmutableCardSection.Builder {}
}
