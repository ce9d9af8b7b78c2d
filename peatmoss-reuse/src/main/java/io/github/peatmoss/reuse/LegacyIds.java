package io.github.peatmoss.reuse;

import io.github.peatmoss.core.model.ModelId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical models the Hugging Face Hub moved from un-namespaced ids to organisations in January 2024
 * (huggingface/transformers PR #28795), read from {@code legacy-ids.txt}; old ids still redirect.
 */
final class LegacyIds {
  /** The organisations the legacy canonical models moved to. */
  static final Set<String> ORGANISATIONS = Set.of(
      "google-bert",
      "openai-community",
      "FacebookAI",
      "distilbert",
      "google-t5",
      "albert",
      "xlnet",
      "Salesforce",
      "almanach",
      "transfo-xl",
      "facebook",
      "google",
      "microsoft",
      "flaubert",
      "dbmdz",
      "sentence-transformers");

  private static final Map<String, ModelId> TABLE = load();

  private LegacyIds() {}

  /** Returns the current name of a legacy id; a namespaced id (with a '/') is never a key of the table. */
  static Optional<ModelId> currentName(ModelId legacy) {
    return Optional.ofNullable(TABLE.get(legacy.value().toLowerCase(Locale.ROOT)));
  }

  private static Map<String, ModelId> load() {
    Map<String, ModelId> table = new HashMap<>();
    try (InputStream in = LegacyIds.class.getResourceAsStream("legacy-ids.txt")) {
      if (in == null) {
        throw new ExceptionInInitializerError(
            "legacy-ids.txt is missing from the peatmoss-reuse jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        ModelId current = ModelId.of(l);
        table.put(current.name().toLowerCase(Locale.ROOT), current);
      }
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
    return Collections.unmodifiableMap(table);
  }
}
