package io.github.peatmoss.examples;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.llm.CardExtraction;
import io.github.peatmoss.llm.CardExtractor;
import io.github.peatmoss.llm.ExtractionJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Model-card extraction: the deterministic stage on a small card (or on the README.md given as the only
 * argument), printing each PeaTMOSS field with its provenance and quote, and the fields left for an LLM.
 */
public final class ExtractCardMetadata {
  private ExtractCardMetadata() {}

  static final String CARD = String.join(
      "\n",
      "---",
      "license: apache-2.0",
      "datasets:",
      "- imdb",
      "pipeline_tag: text-classification",
      "---",
      "# sentiment-demo",
      "This model is a fine-tuned version of [distilbert-base-uncased](https://huggingface.co/distilbert-base-uncased)"
          + " on the imdb dataset. It has 66M parameters.",
      "Code: https://github.com/example-org/sentiment-demo",
      "");

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    String markdown =
        args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) : CARD;
    CardExtraction extraction =
        CardExtractor.create().extract(ModelId.of("example-org/sentiment-demo"), markdown);
    for (Map.Entry<String, Object> field :
        ExtractionJson.toMap(extraction.metadata()).entrySet()) {
      Object value = field.getValue();
      if (value != null && !(value instanceof List && ((List<?>) value).isEmpty())) {
        System.out.println(
            field.getKey() + " = " + value); // {value, provenance, evidence{source, quote, offset}}
      }
    }
    System.out.println("left for an LLM: " + extraction.openFields());
  }
}
