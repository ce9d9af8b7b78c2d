package io.github.peatmoss.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.hf.ModelCard;
import io.github.peatmoss.hf.ModelCards;
import io.github.peatmoss.licenses.LicenseNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled evaluation set: project-written cards under {@code eval/cards/} with every PeaTMOSS field labelled
 * in {@code eval/labels.json} ({@code null}, {@code []} or {@code false} meaning "absent"), and a per-field
 * precision/recall scorer for any extractor.
 */
final class LabelledSet {
  private static final Pattern ARXIV_ID = Pattern.compile("([0-9]{4}\\.[0-9]{4,5})");
  private static final LicenseNormalizer LICENSES = LicenseNormalizer.standard();

  /** One labelled card. */
  record Card(String name, String markdown, JsonNode labels) {
    ModelCard parsed() {
      return ModelCards.parse(markdown);
    }
  }

  /** Counts for one field. */
  static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int cardsWithValue;

    double precision() {
      return truePositives + falsePositives == 0
          ? Double.NaN
          : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0
          ? Double.NaN
          : (double) truePositives / (truePositives + falseNegatives);
    }
  }

  private LabelledSet() {}

  static List<Card> load() {
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = LabelledSet.class.getResourceAsStream("/eval/labels.json")) {
      JsonNode root = mapper.readTree(in);
      List<Card> cards = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        try (InputStream card =
            LabelledSet.class.getResourceAsStream("/eval/cards/" + e.getKey())) {
          if (card == null) {
            throw new IllegalArgumentException(
                "labels name a card that does not exist: " + e.getKey());
          }
          cards.add(new Card(
              e.getKey(), new String(card.readAllBytes(), StandardCharsets.UTF_8), e.getValue()));
        }
      }
      return cards;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores {@code extract} per field over the cards {@code include} accepts. */
  static Map<PeatmossField, Score> score(
      List<Card> cards, Function<Card, ExtractedMetadata> extract, Predicate<Card> include) {
    Map<PeatmossField, Score> scores = new LinkedHashMap<>();
    for (PeatmossField f : PeatmossField.values()) {
      scores.put(f, new Score());
    }
    for (Card card : cards) {
      if (!include.test(card)) {
        continue;
      }
      ExtractedMetadata m = extract.apply(card);
      for (PeatmossField f : PeatmossField.values()) {
        Set<String> gold = gold(card.labels().get(f.jsonName()), f);
        Set<String> predicted = predicted(m, f);
        Score s = scores.get(f);
        if (!gold.isEmpty()) {
          s.cardsWithValue++;
        }
        for (String p : predicted) {
          if (matchesAny(f, p, gold)) {
            s.truePositives++;
          } else {
            s.falsePositives++;
          }
        }
        for (String g : gold) {
          if (!matchesAny(f, g, predicted)) {
            s.falseNegatives++;
          }
        }
      }
    }
    return scores;
  }

  private static boolean matchesAny(PeatmossField f, String value, Set<String> others) {
    if (f != PeatmossField.CARBON_EMITTED) {
      return others.contains(value);
    }
    double v = Double.parseDouble(value);
    return others.stream()
        .mapToDouble(Double::parseDouble)
        .anyMatch(o -> Math.abs(o - v) <= 0.01 * Math.abs(o));
  }

  static Set<String> gold(JsonNode label, PeatmossField f) {
    Set<String> out = new LinkedHashSet<>();
    if (label == null || label.isNull() || (label.isBoolean() && !label.asBoolean())) {
      return out;
    }
    if (label.isBoolean()) {
      out.add("present");
    } else if (label.isArray()) {
      label.forEach(v -> out.add(normalize(f, v.asText())));
    } else {
      out.add(normalize(f, label.asText()));
    }
    return out;
  }

  static Set<String> predicted(ExtractedMetadata m, PeatmossField f) {
    Set<String> out = new LinkedHashSet<>();
    switch (f) {
      case LICENSE:
        m.license().ifPresent(l -> out.add(normalize(f, l.value())));
        break;
      case PARAMETER_COUNT:
        m.parameterCount().ifPresent(p -> out.add(String.valueOf(p.value())));
        break;
      case CARBON_EMITTED:
        m.carbonEmittedGrams().ifPresent(c -> out.add(String.valueOf(c.value())));
        break;
      case DATASETS:
        add(out, f, m.datasets(), d -> d.name());
        break;
      case BASE_MODEL:
        add(out, f, m.baseModels(), b -> b.name());
        break;
      case HARDWARE:
        add(out, f, m.hardware(), h -> h.name());
        break;
      case HYPER_PARAMETERS:
        add(out, f, m.hyperParameters(), h -> h.name().orElse("") + "=" + h.value());
        break;
      case EVALUATION:
        add(out, f, m.evaluationMetrics(), e -> e.test() + "=" + e.result());
        add(out, f, m.evaluationLinks(), l -> l);
        break;
      case GRANT:
        add(out, f, m.grants(), g -> g);
        break;
      case LANGUAGE:
        add(out, f, m.languages(), l -> l);
        break;
      case GITHUB_REPO:
        add(out, f, m.githubRepositories(), r -> r.owner() + "/" + r.name());
        break;
      case PAPER:
        add(out, f, m.papers(), p -> p.url().orElse(p.title()));
        break;
      case DOMAIN:
        add(out, f, m.domains(), d -> d);
        break;
      case TASK:
        add(out, f, m.tasks(), t -> t);
        break;
      case FRAMEWORKS:
        add(out, f, m.frameworks(), x -> x);
        break;
      case LIBRARIES:
        add(out, f, m.libraries(), x -> x);
        break;
      case LIMITATION_AND_BIAS:
        presence(out, m.limitations());
        break;
      case DEMO:
        presence(out, m.demos());
        break;
      case INPUT_FORMAT:
        presence(out, m.inputFormats());
        break;
      case OUTPUT_FORMAT:
        presence(out, m.outputFormats());
        break;
      default:
        throw new AssertionError(f);
    }
    return out;
  }

  private static <T> void add(
      Set<String> out, PeatmossField f, List<Extracted<T>> values, Function<T, String> key) {
    for (Extracted<T> e : values) {
      out.add(normalize(f, key.apply(e.value())));
    }
  }

  private static void presence(Set<String> out, List<?> values) {
    if (!values.isEmpty()) {
      out.add("present");
    }
  }

  static String normalize(PeatmossField f, String value) {
    String v = value.strip();
    switch (f) {
      case LICENSE:
        return LICENSES.normalize(v).spdx().toLowerCase(Locale.ROOT);
      case PAPER: {
        Matcher m = ARXIV_ID.matcher(v);
        return m.find() ? m.group(1) : v.toLowerCase(Locale.ROOT);
      }
      case DATASETS:
        return v.toLowerCase(Locale.ROOT).replaceFirst("^datasets/", "");
      case CARBON_EMITTED:
        return String.valueOf(Double.parseDouble(v));
      case PARAMETER_COUNT:
        return String.valueOf(Long.parseLong(v));
      case HYPER_PARAMETERS:
      case EVALUATION:
      case HARDWARE:
        return v.toLowerCase(Locale.ROOT)
            .replaceAll("[_\\s]+", " ")
            .replace(" = ", "=")
            .strip();
      default:
        return v.toLowerCase(Locale.ROOT);
    }
  }

  /** Returns the Markdown table of the deterministic stage's scores, as the module README shows it. */
  static String table(
      Map<PeatmossField, Score> all,
      Map<PeatmossField, Score> yamlLicense,
      Map<PeatmossField, Score> yamlDatasets,
      Map<PeatmossField, Score> yamlBase,
      int cards) {
    StringBuilder sb = new StringBuilder();
    sb.append("| field | cards with a value (of ")
        .append(cards)
        .append(") | precision | recall |\n");
    sb.append("|---|---:|---:|---:|\n");
    for (Map.Entry<PeatmossField, Score> e : all.entrySet()) {
      row(sb, "`" + e.getKey().jsonName() + "`", e.getValue());
    }
    row(sb, "`license`, cards whose YAML states it", yamlLicense.get(PeatmossField.LICENSE));
    row(sb, "`datasets`, cards whose YAML states them", yamlDatasets.get(PeatmossField.DATASETS));
    row(sb, "`baseModel`, cards whose YAML states it", yamlBase.get(PeatmossField.BASE_MODEL));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Score s) {
    sb.append("| ")
        .append(name)
        .append(" | ")
        .append(s.cardsWithValue)
        .append(" | ")
        .append(format(s.precision()))
        .append(" | ")
        .append(format(s.recall()))
        .append(" |\n");
  }

  private static String format(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
  }
}
