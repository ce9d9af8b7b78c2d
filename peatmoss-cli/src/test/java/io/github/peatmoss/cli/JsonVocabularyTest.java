package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.github.testing.FakeGitHub;
import io.github.peatmoss.hf.FakeHub;
import io.github.peatmoss.hf.snapshot.FakeSnapshotHub;
import io.github.peatmoss.pytorchhub.FakePytorchHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 15: one JSON vocabulary (README, "JSON output"). Runs every leaf command of picocli's command tree with
 * {@code --json} on the bundled sample or a local stand-in server, and checks every key of every object it prints:
 * camelCase, one JSON type per key across all commands, enums in upper case. A command added later is picked up by
 * the tree walk; if it needs arguments, give it an entry in {@link #INVOCATIONS}.
 */
class JsonVocabularyTest {
  /** Arguments per command (besides {@code --json}); placeholders in braces are filled in by {@link #fill}. */
  static final Map<String, List<String>> INVOCATIONS = Map.ofEntries(
      Map.entry("dataset model", List.of("acme-ai/tiny-bert")),
      Map.entry("dataset reuse", List.of("acme-ai/tiny-bert")),
      Map.entry("hf list", List.of("--endpoint", "{hf}", "--limit", "3")),
      Map.entry("hf model", List.of(FakeHub.modelId(1), "--endpoint", "{hf}")),
      Map.entry("hf card", List.of(FakeHub.modelId(1), "--endpoint", "{hf}")),
      Map.entry("hf mine", List.of("--db", "{dir}/hf.db", "--endpoint", "{hf}")),
      Map.entry("hf snapshot", List.of("--db", "{dir}/snapshot.db", "--endpoint", "{snapshot}")),
      Map.entry("pytorch-hub list", List.of("--endpoint", "{pytorch}")),
      Map.entry("pytorch-hub mine", List.of("--db", "{dir}/pytorch.db", "--endpoint", "{pytorch}")),
      Map.entry("licenses parse", List.of("mit OR apache-2.0", "MIT AND")),
      Map.entry("licenses normalize", List.of("apache-2.0", "GPLv3+", "see LICENSE")),
      Map.entry(
          "licenses check",
          List.of("bigscience-bloom-rail-1.0", "Apache-2.0", "MIT", "GPL-3.0-only")),
      Map.entry("licenses suggest", List.of("mit", "creativeml-openrail-m")),
      Map.entry("licenses audit", List.of("--links")),
      Map.entry("extract card", List.of("{card}")),
      Map.entry("extract model", List.of(FakeHub.modelId(1), "--endpoint", "{hf}")),
      Map.entry("extract batch", List.of("--db", "{dir}/extract.db", "{card}")),
      Map.entry(
          "github repo", List.of("acme/app", "acme/bare", "--endpoint", "{github}", "--no-cache")),
      Map.entry("github search", List.of("app", "--endpoint", "{github}", "--no-cache")),
      Map.entry(
          "github mine",
          List.of(
              "--db",
              "{dir}/github.db",
              "--endpoint",
              "{github}",
              "--no-cache",
              "--signature",
              "timm.create_model")),
      Map.entry(
          "github scan", List.of("src/test/resources/fixtures/reuse-checkout", "--rejected")));

  /** Fields whose value is a map keyed by data (table names, verdicts, license strings), not by field names. */
  static final Set<String> MAP_FIELDS =
      Set.of("tables", "byVerdict", "unmappedLicenses", "counts", "requests", "rateLimitUnits");

  /** Fields whose strings are enum constants: UPPER_SNAKE_CASE, as the enum's name(). */
  static final Set<String> ENUM_FIELDS = Set.of(
      "verdict", "category", "obligations", "provenance", "schema", "scanCodeCategory", "use");

  /** Documents passed through verbatim as their publisher wrote them (a card's YAML, a config.json): not checked. */
  static final Set<String> VERBATIM_FIELDS = Set.of("cardData", "config", "metadata");

  /**
   * Objects whose every field (but {@code model}, the id) is an extracted-field wrapper
   * {@code {"value", "provenance", "evidence"}} or a list of them, whatever the field's name.
   */
  static final Set<String> EXTRACTED_FIELDS = Set.of("extracted");

  /** The one field allowed several shapes: an extracted field's {@code value}, typed by the field it belongs to. */
  static final Set<String> GENERIC_FIELDS = Set.of("value");

  private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9_]*");

  @StartStop
  private final MockWebServer hf = new MockWebServer();

  @StartStop
  private final MockWebServer snapshot = new MockWebServer();

  @StartStop
  private final MockWebServer pytorch = new MockWebServer();

  @StartStop
  private final MockWebServer github = new MockWebServer();

  @TempDir
  Path dir;

  @BeforeEach
  void servers() throws Exception {
    hf.setDispatcher(new FakeHub(5, 5));
    FakeSnapshotHub snapshots = new FakeSnapshotHub();
    snapshots.addTinyBert("acme/tiny-bert", 900);
    snapshot.setDispatcher(snapshots);
    pytorch.setDispatcher(new FakePytorchHub(2));
    FakeGitHub fakeGitHub = new FakeGitHub();
    fakeGitHub.addRepo("acme/app", 3, "MIT");
    fakeGitHub.addRepo("acme/bare", 0, null);
    github.setDispatcher(fakeGitHub);
  }

  @Test
  void everyCommand_json_speaksOneVocabulary() throws Exception {
    Map<String, Set<String>> typesByKey = new TreeMap<>();
    Map<String, Set<String>> commandsByKeyAndType = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    List<String> commands = leaves(
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
        "");
    assertThat(commands)
        .as("the command tree")
        .contains("dataset models", "licenses check", "hf list");
    for (String command : commands) {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      INVOCATIONS.getOrDefault(command, List.of()).forEach(a -> args.add(fill(a)));
      args.add("--json");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
      if (code == Main.USAGE || out.toString().isBlank()) {
        problems.add(command + ": exit " + code + ", no JSON (" + err.toString().strip()
            + "); give it arguments in JsonVocabularyTest.INVOCATIONS");
        continue;
      }
      for (JsonNode line : JsonLines.parse(out)) {
        walk(command, "", line, typesByKey, commandsByKeyAndType, problems);
      }
    }
    typesByKey.forEach((key, types) -> {
      if (types.size() > 1 && !GENERIC_FIELDS.contains(key)) {
        StringBuilder where = new StringBuilder();
        for (String type : types) {
          where
              .append(" ")
              .append(type)
              .append(" in ")
              .append(commandsByKeyAndType.get(key + " " + type));
        }
        problems.add("'" + key + "' has " + types.size() + " shapes:" + where);
      }
    });
    assertThat(problems).as("JSON vocabulary (README, 'JSON output')").isEmpty();
    assertThat(typesByKey)
        .containsEntry("hub", Set.of("string"))
        .containsEntry("model", Set.of("string"))
        .containsEntry("db", Set.of("string"))
        .containsEntry("downloads", Set.of("number"))
        .containsEntry("obligations", Set.of("array"));
    assertThat(typesByKey)
        .doesNotContainKeys("database", "modelLicense", "pipeline_tag", "library_name");
  }

  private void walk(
      String command,
      String field,
      JsonNode node,
      Map<String, Set<String>> typesByKey,
      Map<String, Set<String>> commandsByKeyAndType,
      List<String> problems) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (ENUM_FIELDS.contains(field)
            && element.isTextual()
            && !UPPER_SNAKE.matcher(element.asText()).matches()) {
          problems.add(command + ": '" + field + "' holds '" + element.asText()
              + "', not an UPPER_SNAKE enum name");
        }
        walk(command, field, element, typesByKey, commandsByKeyAndType, problems);
      }
      return;
    }
    if (!node.isObject()) {
      if (ENUM_FIELDS.contains(field)
          && node.isTextual()
          && !UPPER_SNAKE.matcher(node.asText()).matches()) {
        problems.add(
            command + ": '" + field + "' is '" + node.asText() + "', not an UPPER_SNAKE enum name");
      }
      return;
    }
    if (VERBATIM_FIELDS.contains(field)) {
      return;
    }
    if (EXTRACTED_FIELDS.contains(field)) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("model")) {
          walk(
              command,
              "",
              Output.JSON.createObjectNode().set("model", e.getValue()),
              typesByKey,
              commandsByKeyAndType,
              problems);
          continue;
        }
        for (JsonNode wrapper : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
          if (!wrapper.isNull()
              && !(wrapper.isObject() && wrapper.has("value") && wrapper.has("provenance"))) {
            problems.add(command + ": extracted field '" + e.getKey()
                + "' is not {value, provenance, evidence}");
          } else if (!wrapper.isNull()) {
            walk(command, "", wrapper, typesByKey, commandsByKeyAndType, problems);
          }
        }
      }
      return;
    }
    boolean dataKeys = MAP_FIELDS.contains(field);
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      if (dataKeys) {
        if (field.equals("byVerdict") && !UPPER_SNAKE.matcher(key).matches()) {
          problems.add(command + ": byVerdict key '" + key + "' is not an UPPER_SNAKE verdict");
        }
        walk(command, "", e.getValue(), typesByKey, commandsByKeyAndType, problems);
        continue;
      }
      if (!CAMEL_CASE.matcher(key).matches()) {
        problems.add(command + ": key '" + key + "' is not camelCase");
      }
      String type = type(e.getValue());
      if (type != null) {
        typesByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(type);
        commandsByKeyAndType
            .computeIfAbsent(key + " " + type, k -> new TreeSet<>())
            .add(command);
      }
      walk(command, key, e.getValue(), typesByKey, commandsByKeyAndType, problems);
    }
  }

  private static String type(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    return node.isTextual()
        ? "string"
        : node.isNumber()
            ? "number"
            : node.isBoolean() ? "boolean" : node.isArray() ? "array" : "object";
  }

  private String fill(String argument) {
    return argument
        .replace("{hf}", hf.url("/").toString())
        .replace("{snapshot}", snapshot.url("/").toString())
        .replace("{pytorch}", pytorch.url("/").toString())
        .replace("{github}", github.url("/").toString())
        .replace("{dir}", dir.toString())
        .replace("{card}", card());
  }

  private static String card() {
    try {
      return Path.of(JsonVocabularyTest.class.getResource("/extract/README.md").toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The runnable leaves of the tree, by qualified name without the root; placeholders not in this build skipped. */
  static List<String> leaves(CommandLine command, String prefix) {
    List<String> leaves = new ArrayList<>();
    for (CommandLine sub : command.getSubcommands().values()) {
      String name = (prefix + " " + sub.getCommandName()).strip();
      if (!sub.getSubcommands().isEmpty()) {
        leaves.addAll(leaves(sub, name));
      } else if (!String.join(" ", sub.getCommandSpec().usageMessage().description())
              .contains("Not in this build yet")
          && !leaves.contains(name)) {
        leaves.add(name);
      }
    }
    return leaves;
  }
}
