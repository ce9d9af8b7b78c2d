package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A natural language a model supports. */
@Value.Immutable
@JsonSerialize(as = ImmutableLanguage.class)
@JsonDeserialize(as = ImmutableLanguage.class)
public interface Language {

  /** Returns the language name or code as stored. */
  String name();

  /** Returns the abbreviation, if stored. */
  Optional<String> abbreviation();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Language} values; not thread-safe. */
  final class Builder extends ImmutableLanguage.Builder {}
}
