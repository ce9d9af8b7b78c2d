package io.github.peatmoss.llm.internal;

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
import io.github.peatmoss.hf.EvalResult;
import io.github.peatmoss.hf.ModelCard;
import io.github.peatmoss.licenses.LicenseNormalizer;
import io.github.peatmoss.licenses.NormalizedLicense;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deterministic stage: reads what needs no model from the front matter, the hub tags and well-known
 * patterns of the body. Each rule prefers precision: a value is taken only when the card states it in a form
 * with one reading (an ambiguous body pattern, such as two different parameter counts, is left to the LLM).
 */
public final class Deterministic {
  /** The evidence source for hub tags. */
  public static final String TAGS_SOURCE = "tags";

  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)^\\s*(?:\\[?more information needed\\]?|\\[?needs? more information\\]?|n/?a|none|unknown|tbd|todo|-+|\\?+"
          + "|\\[optional\\]|\\{\\{.*}}|\\[.*]\\(\\)|)\\s*\\.?\\s*$");
  private static final Pattern ARXIV = Pattern.compile(
      "(?i)(?:arxiv\\.org/(?:abs|pdf)/|arxiv:\\s?)([0-9]{4}\\.[0-9]{4,5})(?:v[0-9]+)?");
  private static final Pattern MD_LINK =
      Pattern.compile("\\[([^\\]\\n]{1,300})]\\(\\s*<?([^)\\s>]+)>?[^)]*\\)");
  private static final Pattern GITHUB = Pattern.compile(
      "(?i)(?<![\\w.-])(?:https?://)?(?:www\\.)?github\\.com/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})");
  private static final Set<String> GITHUB_NOT_REPO = Set.of(
      "sponsors",
      "features",
      "marketplace",
      "orgs",
      "settings",
      "topics",
      "apps",
      "login",
      "about",
      "collections",
      "site");
  private static final Set<String> GITHUB_LIBRARY_REPOS = Set.of(
      "huggingface/transformers",
      "huggingface/diffusers",
      "huggingface/peft",
      "huggingface/accelerate",
      "huggingface/datasets",
      "huggingface/tokenizers",
      "huggingface/trl",
      "huggingface/optimum",
      "huggingface/huggingface_hub",
      "huggingface/autotrain-advanced",
      "huggingface/setfit",
      "pytorch/pytorch",
      "tensorflow/tensorflow",
      "ggerganov/llama.cpp",
      "ggml-org/llama.cpp",
      "ultralytics/ultralytics",
      "UKPLab/sentence-transformers",
      "DLR-RM/stable-baselines3",
      "DLR-RM/rl-baselines3-zoo",
      "mlco2/codecarbon",
      "vllm-project/vllm",
      "unslothai/unsloth",
      "hiyouga/LLaMA-Factory",
      "axolotl-ai-cloud/axolotl",
      "OpenAccess-AI-Collective/axolotl",
      "huggingface/pytorch-image-models",
      "rwightman/pytorch-image-models",
      "facebookresearch/fairseq",
      "espnet/espnet",
      "speechbrain/speechbrain",
      "NVIDIA/NeMo",
      "flairNLP/flair",
      "explosion/spaCy",
      "Unity-Technologies/ml-agents",
      "google/sentencepiece",
      "ollama/ollama");
  private static final Pattern PARAMS = Pattern.compile(
      "(?i)(?<![\\w.])([0-9]+(?:[.,][0-9]+)*)\\s*(k|thousand|m|mn|million|b|bn|billion|t|trillion)?\\s*-?\\s*"
          + "(?:trainable\\s+|learnable\\s+|total\\s+)?param(?:eter)?s?\\b");
  private static final Pattern DATA_NAME = Pattern.compile("(?i)(?:data[-_]?sets?|corpus|corpora)");
  private static final Pattern DATA_AFTER =
      Pattern.compile("(?i)\\s*(?:data[-_ ]?sets?|corpus|corpora|data)\\b");
  private static final Pattern TOOL_CONTEXT = Pattern.compile(
      "(?i)\\b(?:using|via|with|thanks to|library|tool|toolkit|framework|based on|powered by)\\b[^.]*$");
  private static final Pattern SIZE_TOKEN =
      Pattern.compile("(?i)(?<![\\w.])[0-9]+(?:\\.[0-9]+)?\\s*(?:m|b|million|billion)\\b");
  private static final Pattern PARAMS_LABEL = Pattern.compile(
      "(?im)(?:#\\s*params|number of parameters|parameter count|params|parameters|model size)\\s*[:|=*]+\\s*\\**\\s*"
          + "~?([0-9]+(?:[.,][0-9]+)*\\s*(?:k|thousand|m|mn|million|b|bn|billion|t|trillion)?)\\b");
  private static final Pattern FINE_TUNED = Pattern.compile(
      "(?i)(?:is a |is an )?fine-?tuned (?:version|checkpoint) of\\s+(?:the\\s+)?"
          + "(?:\\[([^\\]\\n]+)]\\(([^)\\s]+)\\)|`?([A-Za-z0-9][\\w.-]*/[\\w.-]+|[A-Za-z0-9][\\w.-]+)`?)"
          + "(?:\\s+on\\s+(?:the\\s+)?(?:\\[([^\\]\\n]+)]\\([^)]*\\)|([^\\n.]{1,120}?))\\s+dataset)?");
  private static final Pattern TEMPLATE_LINE = Pattern.compile(
      "(?im)^\\s*[-*]?\\s*\\*{0,2}(hardware type|hours used|cloud provider|compute region|carbon emitted"
          + "|finetuned from model(?: \\[optional])?|repository|paper(?: \\[optional])?|license|funded by(?: \\[optional])?"
          + "|language\\(s\\)(?: \\(nlp\\))?)\\s*:?\\s*\\*{0,2}\\s*:?\\s*(.*)$");
  private static final Pattern AUTOTRAIN_CO2 =
      Pattern.compile("(?im)^\\s*[-*]?\\s*co2 emissions \\(in grams\\)\\s*:\\s*([0-9.eE+-]+)");
  private static final Pattern LICENSE_SENTENCE = Pattern.compile(
      "(?i)(?:released|licen[cs]ed|distributed|available|published|made available)\\s+under\\s+(?:the\\s+|an?\\s+)?"
          + "(?:\\[([^\\]\\n]{2,80})]\\([^)]*\\)|([A-Za-z0-9][A-Za-z0-9 .,/+()-]{1,60}?))"
          + "(?:\\s+licen[cs]e)?(?=[.;,\\n)]|\\s+(?:and|which|that|for|as|with|\\(|see)\\b|$)");
  private static final Pattern HYPER_HEADER =
      Pattern.compile("(?i)the following hyperparameters were used during training:?");
  private static final Pattern EVAL_HEADER =
      Pattern.compile("(?i)it achieves the following results on the evaluation set:?");
  private static final Pattern FRAMEWORK_LINE =
      Pattern.compile("(?m)^\\s*[-*]\\s+([A-Za-z][\\w.-]*)\\s+[0-9]");
  private static final Pattern BULLET_KV =
      Pattern.compile("^\\s*[-*]\\s+([^:\\n]{1,80}?):\\s*(\\S[^\\n]*?)\\s*$");

  private final LicenseNormalizer licenses;

  public Deterministic(LicenseNormalizer licenses) {
    this.licenses = licenses;
  }

  /** Runs every rule over one card. */
  public ExtractedMetadata extract(
      ModelId model, ModelCard card, CardText text, Collection<String> hubTags) {
    Out out = new Out();
    frontMatter(card, text, out);
    tags(card, text, hubTags, out);
    body(text, out);
    return out.build(model);
  }

  // ---- front matter
  // -------------------------------------------------------------------------------------

  private void frontMatter(ModelCard card, CardText text, Out out) {
    if (!card.licenses().isEmpty()) {
      String license = card.licenses().get(0);
      if (license.equalsIgnoreCase("other") && card.licenseName().isPresent()) {
        out.license(
            card.licenseName().get(),
            Provenance.CARD_YAML,
            text.yamlEvidence("license_name", card.licenseName().get()));
      } else if (!isPlaceholder(license)) {
        out.license(license, Provenance.CARD_YAML, text.yamlEvidence("license", license));
      }
    }
    for (String d : card.datasets()) {
      if (!isPlaceholder(d)) {
        out.dataset(d, Provenance.CARD_YAML, text.yamlEvidence("datasets", d));
      }
    }
    for (String b : card.baseModels()) {
      if (!isPlaceholder(b)) {
        out.baseModel(b, Provenance.CARD_YAML, text.yamlEvidence("base_model", b));
      }
    }
    for (String l : card.languages()) {
      if (!isPlaceholder(l)) {
        out.add(out.languages, l, Provenance.CARD_YAML, text.yamlEvidence("language", l));
      }
    }
    for (EvalResult r : card.evalResults()) {
      Evidence ev = text.yamlEvidence("value", r.metricValue());
      out.evaluation(r.toEvaluationMetric(), Provenance.CARD_YAML, ev);
      String task = r.taskType().toLowerCase(Locale.ROOT);
      if (HubTags.isTask(task)) {
        Evidence taskEv = text.yamlEvidence("type", r.taskType());
        out.add(out.tasks, task, Provenance.CARD_YAML, taskEv);
        out.add(out.domains, HubTags.domainOf(task).get(), Provenance.CARD_YAML, taskEv);
      }
    }
    Object co2 = card.metadata().get("co2_eq_emissions");
    if (co2 instanceof Number) {
      out.carbon(
          ((Number) co2).doubleValue(),
          Provenance.CARD_YAML,
          text.yamlEvidence("co2_eq_emissions", String.valueOf(co2)));
    } else if (co2 instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) co2;
      Object emissions = m.get("emissions");
      if (emissions instanceof Number) {
        out.carbon(
            ((Number) emissions).doubleValue(),
            Provenance.CARD_YAML,
            text.yamlEvidence("emissions", scalar(emissions)));
      }
      Object hw = m.get("hardware_used");
      if (hw instanceof String && !isPlaceholder((String) hw)) {
        out.hardware(
            Hardware.builder().name(((String) hw).strip()).build(),
            Provenance.CARD_YAML,
            text.yamlEvidence("hardware_used", (String) hw));
      }
    }
  }

  // ---- hub tags
  // -----------------------------------------------------------------------------------------

  private void tags(ModelCard card, CardText text, Collection<String> hubTags, Out out) {
    // Tags the Hub would show: the card's tags, its pipeline tag and library, and any tags passed
    // in.
    Map<String, Evidence> tags = new LinkedHashMap<>();
    for (String t : card.tags()) {
      tags.putIfAbsent(t, text.yamlEvidence("tags", t));
    }
    card.pipelineTag().ifPresent(t -> tags.putIfAbsent(t, text.yamlEvidence("pipeline_tag", t)));
    card.libraryName().ifPresent(t -> tags.putIfAbsent(t, text.yamlEvidence("library_name", t)));
    for (String t : hubTags) {
      tags.putIfAbsent(t, Evidence.builder().source(TAGS_SOURCE).quote(t).build());
    }
    for (Map.Entry<String, Evidence> e : tags.entrySet()) {
      String tag = e.getKey().strip();
      String lower = tag.toLowerCase(Locale.ROOT);
      Provenance p =
          e.getValue().source().equals(TAGS_SOURCE) ? Provenance.TAGS : Provenance.CARD_YAML;
      int colon = tag.indexOf(':');
      if (colon > 0) {
        String kind = lower.substring(0, colon);
        String value = tag.substring(colon + 1).strip();
        if (value.isEmpty()) {
          continue;
        }
        switch (kind) {
          case "license":
            out.license(value, Provenance.TAGS, e.getValue());
            break;
          case "dataset":
            out.dataset(value, Provenance.TAGS, e.getValue());
            break;
          case "arxiv":
            out.paper(arxivUrl(value), arxivUrl(value), Provenance.TAGS, e.getValue());
            break;
          case "base_model":
            int second = value.indexOf(':');
            String base = second > 0 && !value.substring(0, second).contains("/")
                ? value.substring(second + 1)
                : value;
            out.baseModel(base, Provenance.TAGS, e.getValue());
            break;
          default:
            break;
        }
        continue;
      }
      if (HubTags.isTask(lower)) {
        out.add(out.tasks, lower, p, e.getValue());
        out.add(out.domains, HubTags.domainOf(lower).get(), p, e.getValue());
      }
      if (HubTags.FRAMEWORKS.contains(lower)) {
        out.add(out.frameworks, lower, p, e.getValue());
      }
      if (HubTags.LIBRARIES.contains(lower)) {
        out.add(out.libraries, lower, p, e.getValue());
      }
    }
  }

  // ---- body
  // ---------------------------------------------------------------------------------------------

  private void body(CardText text, Out out) {
    String t = text.text();
    int from = text.bodyStart();
    String body = t.substring(from);
    templateLines(text, out);
    trainerCard(text, out);
    parameterCount(text, out);
    papers(text, out);
    github(text, out);
    Matcher co2 = AUTOTRAIN_CO2.matcher(body);
    if (co2.find()) {
      OptionalDouble grams = Quantities.carbonGrams(co2.group(1), "g");
      if (grams.isPresent()) {
        out.carbon(
            grams.getAsDouble(), Provenance.CARD_TEXT, text.lineEvidence(from + co2.start(1)));
      }
    }
    if (out.license == null) {
      Matcher m = LICENSE_SENTENCE.matcher(body);
      while (m.find() && out.license == null) {
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        NormalizedLicense n = licenses.normalize(name.strip());
        if (n.isMapped() && n.method() != NormalizedLicense.Method.NONE) {
          out.license(n.spdx(), Provenance.CARD_TEXT, text.lineEvidence(from + m.start()));
        }
      }
    }
  }

  /** The Hub's model-card template: "- **Hardware Type:** ..." and friends. */
  private void templateLines(CardText text, Out out) {
    String body = text.body();
    int from = text.bodyStart();
    Matcher m = TEMPLATE_LINE.matcher(body);
    String hardware = null;
    Double hours = null;
    String cloud = null;
    String region = null;
    int hardwareAt = -1;
    while (m.find()) {
      String key = m.group(1).toLowerCase(Locale.ROOT);
      String value = m.group(2).replaceAll("\\*+", "").strip();
      if (isPlaceholder(value)
          || value.toLowerCase(Locale.ROOT).contains("more information needed")) {
        continue;
      }
      int at = from + m.start(2);
      if (key.startsWith("hardware type")) {
        hardware = value;
        hardwareAt = at;
      } else if (key.startsWith("hours used")) {
        OptionalDouble h = firstNumber(value);
        hours = h.isPresent() ? h.getAsDouble() : null;
      } else if (key.startsWith("cloud provider")) {
        cloud = value;
      } else if (key.startsWith("compute region")) {
        region = value;
      } else if (key.startsWith("carbon emitted")) {
        OptionalDouble g = Quantities.carbonGrams(value, "kg");
        if (g.isPresent()) {
          out.carbon(g.getAsDouble(), Provenance.CARD_TEXT, text.lineEvidence(at));
        }
      } else if (key.startsWith("finetuned from")) {
        for (String name : linkTextsOrPlain(value)) {
          out.baseModel(name, Provenance.CARD_TEXT, text.lineEvidence(at));
        }
      } else if (key.equals("repository")) {
        Matcher g = GITHUB.matcher(value);
        if (g.find()) {
          repo(g.group(1), g.group(2))
              .ifPresent(r -> out.github(r, Provenance.CARD_TEXT, text.lineEvidence(at)));
        }
      } else if (key.equals("license")) {
        NormalizedLicense n = licenses.normalize(stripLink(value));
        if (out.license == null && n.isMapped() && n.method() != NormalizedLicense.Method.NONE) {
          out.license(n.spdx(), Provenance.CARD_TEXT, text.lineEvidence(at));
        }
      } else if (key.startsWith("funded by")) {
        out.add(out.grants, stripLink(value), Provenance.CARD_TEXT, text.lineEvidence(at));
      }
    }
    if (hardware != null) {
      Hardware.Builder h = Hardware.builder()
          .name(hardware)
          .cloudProvider(Optional.ofNullable(cloud))
          .computeRegion(Optional.ofNullable(region));
      if (hours != null) {
        h.hoursUsed(hours);
      }
      out.hardware(h.build(), Provenance.CARD_TEXT, text.lineEvidence(hardwareAt));
    }
  }

  /** The card the transformers Trainer writes: base model and dataset, hyper-parameters, evaluation results. */
  private void trainerCard(CardText text, Out out) {
    String body = text.body();
    int from = text.bodyStart();
    Matcher m = FINE_TUNED.matcher(body);
    if (m.find()) {
      Evidence ev = text.lineEvidence(from + m.start());
      String base = m.group(1) != null ? baseFromLink(m.group(1), m.group(2)) : m.group(3);
      if (base != null && !isPlaceholder(base)) {
        out.baseModel(base.strip(), Provenance.CARD_TEXT, ev);
      }
      String dataset = m.group(4) != null ? m.group(4) : m.group(5);
      // The Trainer names the dataset of the front matter; read the sentence only when that is
      // missing.
      if (dataset != null && out.datasets.isEmpty()) {
        dataset = dataset.replaceAll("[`*]", "").strip();
        String lower = dataset.toLowerCase(Locale.ROOT);
        if (!isPlaceholder(dataset)
            && !lower.startsWith("an unknown")
            && !lower.equals("none")
            && !lower.startsWith("a ")
            && !lower.startsWith("an ")
            && !lower.contains(" on ")) {
          out.dataset(dataset, Provenance.CARD_TEXT, ev);
        }
      }
    }
    bullets(
        text,
        HYPER_HEADER,
        (name, value, ev) -> Out.put(
            out.hyper,
            name + "=" + value,
            HyperParameter.builder().name(name).value(value).build(),
            Provenance.CARD_TEXT,
            ev));
    frameworkVersions(text, out);
    bullets(
        text,
        EVAL_HEADER,
        (name, value, ev) -> out.evaluation(
            EvaluationMetric.builder().test(name).result(value).build(), Provenance.CARD_TEXT, ev));
  }

  /** The Trainer's "### Framework versions" bullets: "- Transformers 4.35.2", "- Pytorch 2.1.0+cu118". */
  private static void frameworkVersions(CardText text, Out out) {
    for (CardText.Section s : text.sections()) {
      if (!s.title().equalsIgnoreCase("Framework versions")) {
        continue;
      }
      String body = s.text(text);
      Matcher m = FRAMEWORK_LINE.matcher(body);
      while (m.find()) {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        Evidence ev = text.lineEvidence(s.start() + m.start(1));
        switch (name) {
          case "pytorch":
            out.add(out.frameworks, "pytorch", Provenance.CARD_TEXT, ev);
            break;
          case "tensorflow":
            out.add(out.frameworks, "tf", Provenance.CARD_TEXT, ev);
            break;
          case "jax":
          case "flax":
            out.add(out.frameworks, "jax", Provenance.CARD_TEXT, ev);
            break;
          default:
            if (HubTags.LIBRARIES.contains(name)) {
              out.add(out.libraries, name, Provenance.CARD_TEXT, ev);
            }
        }
      }
    }
  }

  private interface KeyValue {
    void accept(String key, String value, Evidence evidence);
  }

  /** Reads the "- key: value" bullets right after a header sentence. */
  private static void bullets(CardText text, Pattern header, KeyValue sink) {
    String t = text.text();
    Matcher h = header.matcher(t);
    if (!h.find(text.bodyStart())) {
      return;
    }
    int pos = t.indexOf('\n', h.end());
    boolean started = false;
    while (pos != -1) {
      int start = pos + 1;
      int end = t.indexOf('\n', start);
      String line = t.substring(start, end == -1 ? t.length() : end).replace("\r", "");
      Matcher kv = BULLET_KV.matcher(line);
      if (kv.matches()) {
        started = true;
        sink.accept(
            kv.group(1).strip(),
            kv.group(2).strip(),
            CardText.evidence(line.strip(), start + line.indexOf(line.strip())));
      } else if (started || !line.isBlank()) {
        return;
      }
      pos = end;
    }
  }

  private void parameterCount(CardText text, Out out) {
    String body = text.body();
    int from = text.bodyStart();
    Map<Long, Integer> found = new LinkedHashMap<>();
    boolean severalSizes = false;
    for (Pattern p : new Pattern[] {PARAMS, PARAMS_LABEL}) {
      Matcher m = p.matcher(body);
      while (m.find()) {
        String number =
            p == PARAMS ? m.group(1) + (m.group(2) == null ? "" : m.group(2)) : m.group(1);
        OptionalLong count = Quantities.parameterCount(number);
        if (count.isPresent()) {
          found.putIfAbsent(count.getAsLong(), from + m.start());
          // "350M, 1.3B and 6.7B parameters": no single answer
          severalSizes |= listsSeveralSizes(body, m.start(), m.end());
        }
      }
    }
    if (!severalSizes && found.size() == 1) {
      Map.Entry<Long, Integer> only = found.entrySet().iterator().next();
      out.parameterCount =
          Extracted.of(only.getKey(), Provenance.CARD_TEXT, text.lineEvidence(only.getValue()));
    }
  }

  /** Returns whether the sentence of a match names more than one model size. */
  private static boolean listsSeveralSizes(String body, int start, int end) {
    int from = Math.max(
        Math.max(body.lastIndexOf(". ", start - 1) + 1, body.lastIndexOf('\n', start - 1) + 1),
        start - 120);
    Matcher sizes = SIZE_TOKEN.matcher(body.substring(Math.max(0, from), end));
    int count = 0;
    while (sizes.find()) {
      count++;
    }
    return count > 1;
  }

  private void papers(CardText text, Out out) {
    String body = text.body();
    int from = text.bodyStart();
    Map<String, String> titles = new LinkedHashMap<>();
    Matcher link = MD_LINK.matcher(body);
    while (link.find()) {
      Matcher a = ARXIV.matcher(link.group(2));
      if (a.find()) {
        String title = link.group(1).strip();
        String lower = title.toLowerCase(Locale.ROOT);
        if (!(lower.contains("arxiv")
            || lower.contains("paper")
            || lower.startsWith("http")
            || lower.length() < 8
            || lower.equals("here")
            || lower.contains("link")
            || lower.startsWith("!"))) {
          titles.putIfAbsent(a.group(1), title);
        }
      }
    }
    Matcher m = ARXIV.matcher(body);
    while (m.find()) {
      String id = m.group(1);
      String url = arxivUrl(id);
      out.paper(
          titles.getOrDefault(id, url),
          url,
          Provenance.CARD_TEXT,
          text.lineEvidence(from + m.start()));
    }
  }

  private void github(CardText text, Out out) {
    String body = text.body();
    int from = text.bodyStart();
    Matcher m = GITHUB.matcher(body);
    while (m.find()) {
      Optional<RepoRef> repo = repo(m.group(1), m.group(2));
      int at = from + m.start();
      if (repo.isEmpty()
          || inCitation(text, at)
          || namesATool(text.text(), at)
          || namesData(text.text(), from + m.end(), repo.get().name())) {
        continue;
      }
      String full = repo.get().owner() + "/" + repo.get().name();
      if (GITHUB_LIBRARY_REPOS.stream().anyMatch(full::equalsIgnoreCase)) {
        continue;
      }
      out.github(repo.get(), Provenance.CARD_TEXT, text.lineEvidence(at));
    }
  }

  /** Returns whether the words just before a link say it is a tool the model was made with, not its code. */
  private static boolean namesATool(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at) + 1; // text[at] starts the link, never a newline
    String before = text.substring(Math.max(lineStart, at - 80), at);
    return TOOL_CONTEXT.matcher(before).find();
  }

  /**
   * Returns whether a link is to data rather than code: the repository's name says so ("emotion_dataset"), or
   * the words right after the link do ("[emotion](https://github.com/o/r) dataset").
   */
  private static boolean namesData(String text, int end, String name) {
    if (DATA_NAME.matcher(name).find()) {
      return true;
    }
    int after = end;
    while (after < text.length()
        && !Character.isWhitespace(text.charAt(after))
        && text.charAt(after) != ')') {
      after++;
    }
    if (after < text.length() && text.charAt(after) == ')') {
      after++;
    }
    return DATA_AFTER
        .matcher(text.substring(after, Math.min(text.length(), after + 30)))
        .lookingAt();
  }

  /** Returns whether the offset lies in a citation section or BibTeX block, where links name other work. */
  private static boolean inCitation(CardText text, int at) {
    Optional<CardText.Section> s = text.sectionAt(at);
    if (s.isPresent()) {
      String title = s.get().title().toLowerCase(Locale.ROOT);
      if (title.contains("citation")
          || title.contains("cite")
          || title.contains("reference")
          || title.contains("acknowledg")
          || title.contains("related")
          || title.contains("see also")) {
        return true;
      }
    }
    String line = text.lineAt(at).toLowerCase(Locale.ROOT);
    return line.startsWith("url") || line.startsWith("howpublished");
  }

  private static Optional<RepoRef> repo(String owner, String name) {
    String n = name.replaceAll("[.]+$", "");
    if (n.endsWith(".git")) {
      n = n.substring(0, n.length() - 4);
    }
    if (GITHUB_NOT_REPO.contains(owner.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    try {
      return Optional.of(RepoRef.of(owner, n));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------

  static boolean isPlaceholder(String value) {
    return value == null || PLACEHOLDER.matcher(value).matches();
  }

  private static String arxivUrl(String id) {
    return "https://arxiv.org/abs/" + id;
  }

  private static String scalar(Object value) {
    return value instanceof Double && ((Double) value) == Math.rint((Double) value)
        ? String.valueOf(((Double) value).longValue())
        : String.valueOf(value);
  }

  private static OptionalDouble firstNumber(String text) {
    Matcher m = Pattern.compile("[0-9]+(?:\\.[0-9]+)?").matcher(text);
    return m.find() ? OptionalDouble.of(Double.parseDouble(m.group())) : OptionalDouble.empty();
  }

  private static String stripLink(String value) {
    Matcher m = MD_LINK.matcher(value);
    return m.find() ? m.group(1).strip() : value.replaceAll("[`*]", "").strip();
  }

  private static List<String> linkTextsOrPlain(String value) {
    List<String> names = new ArrayList<>();
    Matcher m = MD_LINK.matcher(value);
    while (m.find()) {
      String base = baseFromLink(m.group(1), m.group(2));
      if (base != null) {
        names.add(base);
      }
    }
    if (names.isEmpty()) {
      String plain = value.replaceAll("[`*]", "").strip();
      if (plain.matches("[A-Za-z0-9][\\w.-]*(/[\\w.-]+)?")) {
        names.add(plain);
      }
    }
    return names;
  }

  /** Returns the model id a link points to on the Hub, else its text when that looks like an id. */
  private static String baseFromLink(String label, String url) {
    Matcher hub = Pattern.compile(
            "(?i)^https?://huggingface\\.co/([A-Za-z0-9][\\w.-]*(?:/[\\w.-]+)?)/?$")
        .matcher(url.strip());
    if (hub.matches()
        && !hub.group(1).startsWith("datasets/")
        && !hub.group(1).startsWith("spaces/")) {
      return hub.group(1);
    }
    String text = label.replaceAll("[`*]", "").strip();
    return text.matches("[A-Za-z0-9][\\w.-]*(/[\\w.-]+)?") ? text : null;
  }

  /** Collects values, first source wins per value (front matter, then tags, then body). */
  private static final class Out {
    Extracted<String> license;
    Extracted<Long> parameterCount;
    Extracted<Double> carbon;
    final Map<String, Extracted<?>> datasets = new LinkedHashMap<>();
    final Map<String, Extracted<?>> bases = new LinkedHashMap<>();
    final Map<String, Extracted<?>> languages = new LinkedHashMap<>();
    final Map<String, Extracted<?>> metrics = new LinkedHashMap<>();
    final Map<String, Extracted<?>> hardware = new LinkedHashMap<>();
    final Map<String, Extracted<?>> hyper = new LinkedHashMap<>();
    final Map<String, Extracted<?>> papers = new LinkedHashMap<>();
    final Map<String, Extracted<?>> repos = new LinkedHashMap<>();
    final Map<String, Extracted<?>> grants = new LinkedHashMap<>();
    final Map<String, Extracted<?>> tasks = new LinkedHashMap<>();
    final Map<String, Extracted<?>> domains = new LinkedHashMap<>();
    final Map<String, Extracted<?>> frameworks = new LinkedHashMap<>();
    final Map<String, Extracted<?>> libraries = new LinkedHashMap<>();

    void add(Map<String, Extracted<?>> into, Object value, Provenance p, Evidence e) {
      put(into, value.toString(), value, p, e);
    }

    static <T> void put(
        Map<String, Extracted<?>> into, String key, T value, Provenance p, Evidence e) {
      into.putIfAbsent(key.toLowerCase(Locale.ROOT), Extracted.of(value, p, e));
    }

    void license(String value, Provenance p, Evidence e) {
      if (license == null) {
        license = Extracted.of(value.strip(), p, e);
      }
    }

    void carbon(double grams, Provenance p, Evidence e) {
      if (carbon == null && grams >= 0 && Double.isFinite(grams)) {
        carbon = Extracted.of(grams, p, e);
      }
    }

    void dataset(String name, Provenance p, Evidence e) {
      String n = name.strip();
      Dataset.Builder d = Dataset.builder().name(n);
      if (n.matches("[A-Za-z0-9][\\w.-]*(/[\\w.-]+)?")) {
        d.url("https://huggingface.co/datasets/" + n);
      }
      put(datasets, n.replaceFirst("^datasets/", ""), d.build(), p, e);
    }

    void baseModel(String name, Provenance p, Evidence e) {
      String n = name.strip();
      BaseModel.Builder b = BaseModel.builder().name(n);
      try {
        ModelId id = ModelId.of(n);
        b.id(id).url("https://huggingface.co/" + id.value());
      } catch (IllegalArgumentException notAnId) {
        // Kept by name only.
      }
      put(bases, n, b.build(), p, e);
    }

    void evaluation(EvaluationMetric metric, Provenance p, Evidence e) {
      put(
          metrics,
          metric.test() + "|" + metric.dataset().orElse("") + "|" + metric.result(),
          metric,
          p,
          e);
    }

    void hardware(Hardware h, Provenance p, Evidence e) {
      put(hardware, h.name(), h, p, e);
    }

    void paper(String title, String url, Provenance p, Evidence e) {
      put(papers, url, Paper.builder().title(title).url(url).build(), p, e);
    }

    void github(RepoRef repo, Provenance p, Evidence e) {
      put(repos, repo.owner() + "/" + repo.name(), repo, p, e);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Extracted<T>> list(Map<String, Extracted<?>> map) {
      List<Extracted<T>> out = new ArrayList<>();
      for (Extracted<?> e : map.values()) {
        out.add((Extracted<T>) e);
      }
      return out;
    }

    ExtractedMetadata build(ModelId model) {
      ExtractedMetadata.Builder b = ExtractedMetadata.builder().model(model);
      if (license != null) {
        b.license(license);
      }
      if (parameterCount != null) {
        b.parameterCount(parameterCount);
      }
      if (carbon != null) {
        b.carbonEmittedGrams(carbon);
      }
      b.datasets(Out.<Dataset>list(datasets));
      b.baseModels(Out.<BaseModel>list(bases));
      b.languages(Out.<String>list(languages));
      b.evaluationMetrics(Out.<EvaluationMetric>list(metrics));
      b.hardware(Out.<Hardware>list(hardware));
      b.hyperParameters(Out.<HyperParameter>list(hyper));
      b.papers(Out.<Paper>list(papers));
      b.githubRepositories(Out.<RepoRef>list(repos));
      b.grants(Out.<String>list(grants));
      b.tasks(Out.<String>list(tasks));
      b.domains(Out.<String>list(domains));
      b.frameworks(Out.<String>list(frameworks));
      b.libraries(Out.<String>list(libraries));
      return b.build();
    }
  }
}
