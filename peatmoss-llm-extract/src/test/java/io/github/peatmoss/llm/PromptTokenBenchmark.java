package io.github.peatmoss.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.llm.internal.CardSplitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prompt tokens per card: this module's requests (only the fields the deterministic stage left open, only the
 * sections that can state them, front matter left out) against the one request PeaTMOSS's accurate pipeline sent
 * (its system prompt with every field, "#tags" plus the whole card with '"' turned to "'", and its function
 * schema), both counted with cl100k_base, the tokenizer PeaTMOSS used for GPT-4-turbo. Reads the cards of a
 * folder given as the first argument and, optionally, PeaTMOSS's metaSchema.json as the second (its
 * {@code extract_metadata} part is what the function call carried). Prints a Markdown table.
 */
public final class PromptTokenBenchmark {
  // PeaTMOSS's accurate-pipeline prompts (Accurate_Pipeline/prompt.py), as recorded in the
  // project's research notes.
  static final String PREFIX =
      "Given model card of Huggingface {domain} model : {model} fill in the following model"
          + " schema structure in 'information_extraction' function\nRules:\n- rule 1: Adhere strictly to the schema"
          + " structure\n- rule 2: If you are confident a property is not present in the documents, leave as empty"
          + " string in the schema\n";
  static final String METADATA =
      "- datasets: return dataset used to train or finetune model, not the upstream model"
          + " of the model\n- license: return this model's license\n- github_repo: return github repository of this"
          + " model\n- paper: return research paper of this model\n- base_model: return huggingface model ID of upstream"
          + " model\n- parameter_count: return the number of parameters, represented with \"M\", \"B\", and \"T\" as"
          + " million, billion, and trillion\n- hardware: extract any hardware associated with the model\n-"
          + " carbon_emitted: extract the carbon emissions amount of the model\n- hyper_parameters: extract possible"
          + " hyperparameters\n- evaluation: extract evaluation metric/tasks and their respective evaluation results or"
          + " a url to evaluation results\n- limitation_and_biases: extract a short summary of limitation and biases of"
          + " the model\n- demo: extract any links, code snippets, or small paragraphs on how to use the model\n- grant:"
          + " extract the grant/sponsors of this model\n- input_format: extract the input format/requirement for this"
          + " model\n- output_format: extract the output format of this model\n";
  static final String DOMAIN =
      "- domain: multimodal, computer-vision, natural-language-processing, audio, tabular,"
          + " reinforcement-learning (could be more than one)\n";
  static final String LANG = "- language: return supported languages for this model\n";

  private PromptTokenBenchmark() {}

  /** Runs the benchmark: {@code CARDS_DIR [META_SCHEMA_JSON]}. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args[0].isBlank()) {
      System.err.println(
          "usage: PromptTokenBenchmark CARDS_DIR [META_SCHEMA_JSON] (-Dcards=DIR with Maven)");
      System.exit(2);
    }
    String schema = "";
    if (args.length > 1 && !args[1].isBlank()) {
      JsonNode meta = new ObjectMapper().readTree(Files.readString(Path.of(args[1])));
      schema = meta.path("extract_metadata").toString();
    }
    CardSplitter tokens = CardSplitter.forModel("gpt-4-1106-preview");
    LlmProvider counting = new LlmProvider() {
      @Override
      public String name() {
        return "openai:gpt-4-1106-preview";
      }

      @Override
      public ChatResponse complete(ChatRequest request) {
        throw new UnsupportedOperationException("the benchmark only plans requests");
      }
    };
    LlmExtractor ours = LlmExtractor.builder()
        .provider(counting)
        .tokenizerModel("gpt-4-1106-preview")
        .build();
    CardExtractor deterministic = CardExtractor.create();
    long totalBaseline = 0;
    long totalOurs = 0;
    long cardText = 0;
    int cards = 0;
    System.out.println(
        "| card | PeaTMOSS prompt tokens | our prompt tokens (requests) | of which card text | fields asked"
            + " | ratio |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path file : files) {
      String card = Files.readString(file, StandardCharsets.UTF_8);
      ModelId id = ModelId.of("bench/card" + cards);
      CardExtraction base = deterministic.extract(id, card);
      boolean noDomain = base.metadata().domains().isEmpty();
      boolean nlp = noDomain
          || base.metadata().domains().stream()
              .anyMatch(d -> d.value().equals("natural-language-processing"));
      String system = PREFIX
              .replace(
                  "{domain}",
                  String.join(
                      ", ",
                      base.metadata().domains().stream().map(d -> d.value()).toList()))
              .replace("{model}", id.value())
          + (noDomain ? DOMAIN : "")
          + (nlp ? LANG : "")
          + METADATA;
      String user = "#tags\n\n" + card.replace('"', '\'');
      long baseline = tokens.count(system) + tokens.count(user) + tokens.count(schema);
      long mine = 0;
      long text = 0;
      List<LlmExtractor.PlannedRequest> plan = ours.plan(base, card);
      for (LlmExtractor.PlannedRequest r : plan) {
        mine += ours.promptTokens(r.request());
        text += tokens.count(r.request().messages().get(0).content());
      }
      cardText += text;
      totalBaseline += baseline;
      totalOurs += mine;
      cards++;
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d (%d) | %d | %d | %.2f |%n",
          file.getFileName(),
          baseline,
          mine,
          plan.size(),
          text,
          ours.asked(base, card).size(),
          (double) mine / baseline);
    }
    System.out.printf(
        Locale.ROOT,
        "| **total, %d cards** | %d | %d | %d | | **%.2f** |%n",
        cards,
        totalBaseline,
        totalOurs,
        cardText,
        (double) totalOurs / totalBaseline);
  }
}
