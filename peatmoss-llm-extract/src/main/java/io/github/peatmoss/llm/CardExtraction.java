package io.github.peatmoss.llm;

import io.github.peatmoss.core.model.ExtractedMetadata;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/** What the deterministic stage found in one card, and the fields it left open for a language model. */
@Value.Immutable
public interface CardExtraction {
  /** Returns the values found, each with provenance and evidence. */
  ExtractedMetadata metadata();

  /** Returns the warnings of the card parser (lenient front matter and the like). */
  List<String> warnings();

  /**
   * Returns the fields a language model may still be asked: askable fields without a value. Language is asked
   * only of models whose domain is natural-language processing or unknown, as PeaTMOSS did.
   */
  @Value.Derived
  default Set<PeatmossField> openFields() {
    Set<PeatmossField> open = EnumSet.noneOf(PeatmossField.class);
    boolean nlpOrUnknown = metadata().domains().isEmpty()
        || metadata().domains().stream()
            .anyMatch(d -> d.value().equals("natural-language-processing"));
    for (PeatmossField f : PeatmossField.values()) {
      if (f.isAskable()
          && !f.isFilled(metadata())
          && (f != PeatmossField.LANGUAGE || nlpOrUnknown)) {
        open.add(f);
      }
    }
    return open;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CardExtraction} values; not thread-safe. */
  final class Builder extends ImmutableCardExtraction.Builder {}
}
