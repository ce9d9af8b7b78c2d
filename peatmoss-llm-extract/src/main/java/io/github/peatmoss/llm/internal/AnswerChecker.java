package io.github.peatmoss.llm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.EvaluationMetric;
import io.github.peatmoss.core.model.Evidence;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.Hardware;
import io.github.peatmoss.core.model.HyperParameter;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.Provenance;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.licenses.LicenseNormalizer;
import io.github.peatmoss.licenses.NormalizedLicense;
import io.github.peatmoss.llm.PeatmossField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a schema-valid answer against the card and turns it into values with {@link Provenance#LLM}: a value is
 * kept only if its quote is in the card (exactly, else ignoring case, whitespace and Markdown emphasis) and, for
 * values that must be read rather than summarised, the quote states the value (the dataset name, the repository,
 * the parameter count, ...). Parameter counts become integers, carbon becomes grams, licenses go through the
 * {@link LicenseNormalizer} (unmappable ones are dropped). Everything dropped is counted by reason.
 */
public final class AnswerChecker {
  private static final Pattern GITHUB =
      Pattern.compile("(?i)github\\.com/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})");
  private static final Pattern COUNT_IN_QUOTE = Pattern.compile(
      "(?i)(?<![\\w.])([0-9]+(?:[.,][0-9]+)*)\\s*(k|thousand|m|mn|million|b|bn|billion|t|trillion)?\\s*-?\\s*"
          + "(?:trainable\\s+|total\\s+)?(?:param(?:eter)?s?\\b)|(?:params?|parameters?|#params|model size)"
          + "\\s*(?:\\([a-z]\\))?\\s*[:|=]+\\s*\\**\\s*~?([0-9]+(?:[.,][0-9]+)*)\\s*(k|m|b|t|million|billion)?\\b");

  private static final Optional<String> KEPT = Optional.empty();

  private final LicenseNormalizer licenses;
  private final CardText card;
  private final Map<String, Integer> dropped = new TreeMap<>();
  private int kept;

  public AnswerChecker(LicenseNormalizer licenses, CardText card) {
    this.licenses = licenses;
    this.card = card;
  }

  /** Returns the counts of dropped values by reason ({@code quote not in card}, ...). */
  public Map<String, Integer> dropped() {
    return dropped;
  }

  /** Returns how many values were kept. */
  public int kept() {
    return kept;
  }

  /** Counts values dropped for {@code reason}. */
  public void drop(String reason, int count) {
    if (count > 0) {
      dropped.merge(reason, count, Integer::sum);
    }
  }

  /** Adds the checked values of {@code answer} for the {@code asked} fields to {@code into}. */
  public void check(
      ObjectNode answer, Set<PeatmossField> asked, ExtractedMetadata.Builder into, Filled filled) {
    for (PeatmossField f : asked) {
      JsonNode node = answer.path(f.jsonName());
      List<JsonNode> items = new ArrayList<>();
      if (node.isArray()) {
        node.forEach(items::add);
      } else if (node.isObject()) {
        items.add(node);
      }
      for (JsonNode item : items) {
        String quote = item.path("quote").asText("");
        OptionalInt at = card.find(quote);
        if (at.isEmpty()) {
          drop(quote.isBlank() ? "no quote" : "quote not in card", 1);
          continue;
        }
        Evidence evidence = Evidence.builder()
            .source(CardText.SOURCE)
            .quote(quote)
            .offset(at.getAsInt())
            .build();
        Optional<String> rejected = accept(f, item, quote, evidence, into, filled);
        if (rejected.isPresent()) {
          drop(rejected.get(), 1);
        } else {
          kept++;
        }
      }
    }
  }

  /** Tracks single-valued fields already set, so a second answer (another chunk) cannot overwrite them. */
  public static final class Filled {
    boolean license;
    boolean parameterCount;
    boolean carbon;
  }

  /** Adds the item's value to {@code b} and returns empty, or returns why the item is dropped. */
  private Optional<String> accept(
      PeatmossField f,
      JsonNode item,
      String quote,
      Evidence ev,
      ExtractedMetadata.Builder b,
      Filled filled) {
    switch (f) {
      case LICENSE: {
        String value = item.path("value").asText("");
        NormalizedLicense n = licenses.normalize(value);
        if (!n.isMapped() || n.method() == NormalizedLicense.Method.NONE) {
          return Optional.of("license not mappable to SPDX");
        }
        if (!states(quote, value) && !states(quote, n.spdx())) {
          return Optional.of("value not in quote");
        }
        if (filled.license) {
          return Optional.of("single value already set");
        }
        filled.license = true;
        b.license(Extracted.of(n.spdx(), Provenance.LLM, ev));
        return KEPT;
      }
      case PARAMETER_COUNT: {
        OptionalLong count = Quantities.parameterCount(item.path("value").asText(""));
        if (count.isEmpty()) {
          return Optional.of("parameter count not a number");
        }
        if (!quoteStatesCount(quote, count.getAsLong())) {
          return Optional.of("quote does not state the parameter count");
        }
        if (filled.parameterCount) {
          return Optional.of("single value already set");
        }
        filled.parameterCount = true;
        b.parameterCount(Extracted.of(count.getAsLong(), Provenance.LLM, ev));
        return KEPT;
      }
      case CARBON_EMITTED: {
        String value = item.path("value").asText("");
        OptionalDouble grams = Quantities.carbonGrams(value, "g");
        Matcher number = Pattern.compile("[0-9]+(?:[.,][0-9]+)?").matcher(value);
        if (grams.isEmpty() || !number.find() || !quote.contains(number.group())) {
          return Optional.of("value not in quote");
        }
        if (filled.carbon) {
          return Optional.of("single value already set");
        }
        filled.carbon = true;
        b.carbonEmittedGrams(Extracted.of(grams.getAsDouble(), Provenance.LLM, ev));
        return KEPT;
      }
      case DATASETS: {
        String name = item.path("name").asText("").strip();
        if (name.isEmpty() || !states(quote, name)) {
          return Optional.of("value not in quote");
        }
        Dataset.Builder d = Dataset.builder().name(name);
        if (name.matches("[A-Za-z0-9][\\w.-]*(/[\\w.-]+)?")) {
          d.url("https://huggingface.co/datasets/" + name);
        }
        b.addDatasets(Extracted.of(d.build(), Provenance.LLM, ev));
        return KEPT;
      }
      case BASE_MODEL: {
        String name = item.path("name").asText("").strip();
        if (name.isEmpty() || !states(quote, name)) {
          return Optional.of("value not in quote");
        }
        BaseModel.Builder bm = BaseModel.builder().name(name);
        try {
          ModelId id = ModelId.of(name);
          bm.id(id).url("https://huggingface.co/" + id.value());
        } catch (IllegalArgumentException notAnId) {
          // name only
        }
        b.addBaseModels(Extracted.of(bm.build(), Provenance.LLM, ev));
        return KEPT;
      }
      case GITHUB_REPO: {
        Matcher m = GITHUB.matcher(item.path("url").asText(""));
        if (!m.find()) {
          return Optional.of("not a GitHub repository");
        }
        String repo = m.group(1) + "/" + m.group(2).replaceAll("\\.git$", "");
        if (!states(quote, repo)) {
          return Optional.of("value not in quote");
        }
        try {
          b.addGithubRepositories(Extracted.of(RepoRef.parse(repo), Provenance.LLM, ev));
          return KEPT;
        } catch (IllegalArgumentException e) {
          return Optional.of("not a GitHub repository");
        }
      }
      case PAPER: {
        String title = item.path("title").asText("").strip();
        String url = item.path("url").isTextual() ? item.path("url").asText().strip() : null;
        if (!(url != null && states(quote, url)) && !states(quote, title)) {
          return Optional.of("value not in quote");
        }
        b.addPapers(Extracted.of(
            Paper.builder()
                .title(title.isEmpty() ? url : title)
                .url(Optional.ofNullable(url))
                .build(),
            Provenance.LLM,
            ev));
        return KEPT;
      }
      case HARDWARE: {
        String name = item.path("name").asText("").strip();
        if (name.isEmpty() || !states(quote, name)) {
          return Optional.of("value not in quote");
        }
        Hardware.Builder h = Hardware.builder().name(name);
        if (item.path("hoursUsed").isNumber()) {
          h.hoursUsed(item.path("hoursUsed").asDouble());
        }
        if (item.path("cloudProvider").isTextual()) {
          h.cloudProvider(item.path("cloudProvider").asText());
        }
        if (item.path("computeRegion").isTextual()) {
          h.computeRegion(item.path("computeRegion").asText());
        }
        b.addHardware(Extracted.of(h.build(), Provenance.LLM, ev));
        return KEPT;
      }
      case HYPER_PARAMETERS: {
        String value = item.path("value").asText("").strip();
        if (value.isEmpty() || !states(quote, value)) {
          return Optional.of("value not in quote");
        }
        b.addHyperParameters(Extracted.of(
            HyperParameter.builder()
                .name(item.path("name").asText())
                .value(value)
                .build(),
            Provenance.LLM,
            ev));
        return KEPT;
      }
      case EVALUATION: {
        String result = item.path("result").asText("").strip();
        if (result.isEmpty() || !states(quote, result)) {
          return Optional.of("value not in quote");
        }
        EvaluationMetric.Builder m =
            EvaluationMetric.builder().test(item.path("metric").asText()).result(result);
        if (item.path("dataset").isTextual()) {
          m.dataset(item.path("dataset").asText());
        }
        b.addEvaluationMetrics(Extracted.of(m.build(), Provenance.LLM, ev));
        return KEPT;
      }
      case LANGUAGE:
        b.addLanguages(Extracted.of(item.path("value").asText(), Provenance.LLM, ev));
        return KEPT;
      case DOMAIN: {
        String domain = item.path("value").asText().strip().toLowerCase(Locale.ROOT);
        if (!HubTags.DOMAINS.contains(domain)) {
          return Optional.of("not a PeaTMOSS domain");
        }
        b.addDomains(Extracted.of(domain, Provenance.LLM, ev));
        return KEPT;
      }
      case TASK: {
        String task = item.path("value").asText().strip().toLowerCase(Locale.ROOT);
        if (!HubTags.isTask(task)) {
          return Optional.of("not a PeaTMOSS task");
        }
        b.addTasks(Extracted.of(task, Provenance.LLM, ev));
        return KEPT;
      }
      case LIMITATION_AND_BIAS:
        b.addLimitations(Extracted.of(item.path("value").asText(), Provenance.LLM, ev));
        return KEPT;
      case DEMO:
        b.addDemos(Extracted.of(item.path("value").asText(), Provenance.LLM, ev));
        return KEPT;
      case GRANT:
        b.addGrants(Extracted.of(item.path("value").asText(), Provenance.LLM, ev));
        return KEPT;
      case INPUT_FORMAT:
        b.addInputFormats(Extracted.of(item.path("value").asText(), Provenance.LLM, ev));
        return KEPT;
      case OUTPUT_FORMAT:
        b.addOutputFormats(Extracted.of(item.path("value").asText(), Provenance.LLM, ev));
        return KEPT;
      default:
        return Optional.of("field not asked");
    }
  }

  /** Returns whether {@code quote} states {@code value}: contained, ignoring case, whitespace and emphasis. */
  static boolean states(String quote, String value) {
    return CardText.of(quote).find(value).isPresent();
  }

  /** Returns whether the quote states a parameter count equal to {@code count}. */
  static boolean quoteStatesCount(String quote, long count) {
    Matcher m = COUNT_IN_QUOTE.matcher(quote);
    while (m.find()) {
      String number = m.group(1) != null
          ? m.group(1) + (m.group(2) == null ? "" : m.group(2))
          : m.group(3) + (m.group(4) == null ? "" : m.group(4));
      OptionalLong stated = Quantities.parameterCount(number);
      if (stated.isPresent() && stated.getAsLong() == count) {
        return true;
      }
    }
    return false;
  }

  /** Returns a lower-case key, for callers that dedupe. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
