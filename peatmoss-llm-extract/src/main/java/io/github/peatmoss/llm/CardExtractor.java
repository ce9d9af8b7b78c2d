package io.github.peatmoss.llm;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.hf.ModelCard;
import io.github.peatmoss.hf.ModelCards;
import io.github.peatmoss.licenses.LicenseNormalizer;
import io.github.peatmoss.llm.internal.CardText;
import io.github.peatmoss.llm.internal.Deterministic;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The deterministic stage: reads a model card's front matter (license, datasets, base model, language, library,
 * pipeline tag, metrics, {@code model-index} results, {@code co2_eq_emissions}), its hub tags (task and domain by
 * PeaTMOSS's task-to-domain map, frameworks, libraries, {@code dataset:}, {@code arxiv:}, {@code license:},
 * {@code base_model:}) and patterns in the body that need no model (parameter counts, arXiv and GitHub links,
 * the Hub template's environmental-impact and model-details lines, the transformers Trainer's base model,
 * dataset, hyper-parameters and results). Every value carries its provenance and a quote with its offset.
 * Offline, immutable and thread-safe.
 */
public final class CardExtractor {
  private final Deterministic stage;

  private CardExtractor(LicenseNormalizer licenses) {
    this.stage = new Deterministic(licenses);
  }

  /** Returns an extractor over the standard license normaliser. */
  public static CardExtractor create() {
    return new CardExtractor(LicenseNormalizer.standard());
  }

  /**
   * Extracts from one card, with the tags the card's front matter gives.
   *
   * @throws io.github.peatmoss.hf.ModelCardException when the front matter exceeds the parser's bounds
   */
  public CardExtraction extract(ModelId model, String markdown) {
    return extract(model, markdown, List.of());
  }

  /**
   * Extracts from one card and the model's hub tags (as the Hub API lists them; may repeat the card's).
   *
   * @throws io.github.peatmoss.hf.ModelCardException when the front matter exceeds the parser's bounds
   */
  public CardExtraction extract(ModelId model, String markdown, Collection<String> hubTags) {
    Objects.requireNonNull(model, "model == null");
    Objects.requireNonNull(markdown, "markdown == null");
    Objects.requireNonNull(hubTags, "hubTags == null");
    ModelCard card = ModelCards.parse(markdown);
    CardText text = CardText.of(markdown);
    return CardExtraction.builder()
        .metadata(stage.extract(model, card, text, hubTags))
        .warnings(card.warnings())
        .build();
  }
}
