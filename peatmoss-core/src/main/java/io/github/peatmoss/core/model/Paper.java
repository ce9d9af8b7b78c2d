package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A paper describing a model. R1 stores an arXiv URL as its name; R2 has a title and URL. */
@Value.Immutable
@JsonSerialize(as = ImmutablePaper.class)
@JsonDeserialize(as = ImmutablePaper.class)
public interface Paper {

  /** Returns the title, or in R1 data the arXiv URL PeaTMOSS stored as the name. */
  String title();

  /** Returns the paper URL (R2 only). */
  Optional<String> url();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Paper} values; not thread-safe. */
  final class Builder extends ImmutablePaper.Builder {}
}
