package io.github.peatmoss.licenses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peatmoss.core.exception.DecodeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An external license compatibility matrix that overrides the project's knowledge base for the pairs it covers.
 * Reads OSADL's published JSON, either {@code matrixseqexpl.json} ({@code {"licenses":[{"name", "compatibilities":
 * [{"name", "compatibility", "explanation"}]}]}}) or the flat {@code matrix.json} ({@code {"MIT": {"GPL-2.0-only":
 * "No", ...}}}); a row is the outbound ("leading") license, a column the inbound one. Cells {@code Yes} and
 * {@code Same} are compatible, {@code No} incompatible, {@code Unknown} unknown, {@code Check dependency}
 * conditional. License names are matched case-insensitively. Immutable and thread-safe.
 */
public final class CompatibilityMatrix {
  /** One cell: the verdict, the matrix's own word for it and its explanation, if any. */
  record Cell(Verdict verdict, String value, String explanation) {}

  private final String source;
  private final Map<String, Cell> cells;
  private final Set<String> licenses;

  private CompatibilityMatrix(String source, Map<String, Cell> cells, Set<String> licenses) {
    this.source = source;
    this.cells = cells;
    this.licenses = Collections.unmodifiableSet(licenses);
  }

  /**
   * Reads an OSADL matrix file the user downloaded.
   *
   * @throws DecodeException if the file is missing, not JSON, or not in one of OSADL's shapes
   */
  public static CompatibilityMatrix readOsadlJson(Path file) {
    Objects.requireNonNull(file, "file == null");
    try (InputStream in = Files.newInputStream(file)) {
      return readOsadlJson(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new DecodeException(
          "compatibility matrix " + file + " does not exist; download OSADL's"
              + " matrixseqexpl.json or matrix.json and pass its path",
          e);
    } catch (IOException e) {
      throw new DecodeException(
          "cannot read compatibility matrix " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an OSADL matrix from a stream; {@code source} names it in reasons and messages.
   *
   * @throws DecodeException if the content is not JSON or not in one of OSADL's shapes
   */
  public static CompatibilityMatrix readOsadlJson(InputStream in, String source) {
    Objects.requireNonNull(in, "in == null");
    Objects.requireNonNull(source, "source == null");
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (JsonProcessingException e) {
      throw new DecodeException(
          "compatibility matrix " + source + " is not valid JSON"
              + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")
              + "; use OSADL's matrixseqexpl.json or matrix.json as published",
          e);
    } catch (IOException e) {
      throw new DecodeException(
          "cannot read compatibility matrix " + source + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new DecodeException(
          "compatibility matrix " + source + " is not a JSON object; use OSADL's"
              + " matrixseqexpl.json or matrix.json as published");
    }
    Map<String, Cell> cells = new LinkedHashMap<>();
    Set<String> licenses = new LinkedHashSet<>();
    if (root.has("licenses") && root.get("licenses").isArray()) {
      for (JsonNode row : root.get("licenses")) {
        String leading = text(row, "name", source);
        licenses.add(leading);
        for (JsonNode cell : row.path("compatibilities")) {
          String other = text(cell, "name", source);
          cells.put(
              key(leading, other),
              cell(
                  text(cell, "compatibility", source),
                  cell.path("explanation").asText(""),
                  source,
                  leading,
                  other));
        }
      }
    } else {
      for (Map.Entry<String, JsonNode> row : root.properties()) {
        if (!row.getValue().isObject()) {
          continue; // timestamp, timeformat
        }
        licenses.add(row.getKey());
        for (Map.Entry<String, JsonNode> column : row.getValue().properties()) {
          cells.put(
              key(row.getKey(), column.getKey()),
              cell(column.getValue().asText(), "", source, row.getKey(), column.getKey()));
        }
      }
    }
    if (cells.isEmpty()) {
      throw new DecodeException("compatibility matrix " + source
          + " has no cells; use OSADL's matrixseqexpl.json" + " or matrix.json as published");
    }
    return new CompatibilityMatrix(source, Collections.unmodifiableMap(cells), licenses);
  }

  private static String text(JsonNode node, String field, String source) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new DecodeException("compatibility matrix " + source + " has an entry without '" + field
          + "': " + node.toString().substring(0, Math.min(100, node.toString().length())));
    }
    return value.asText();
  }

  private static Cell cell(
      String value, String explanation, String source, String leading, String other) {
    Verdict verdict;
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "yes":
      case "same":
        verdict = Verdict.COMPATIBLE;
        break;
      case "no":
        verdict = Verdict.INCOMPATIBLE;
        break;
      case "unknown":
        verdict = Verdict.UNKNOWN;
        break;
      case "check dependency":
        verdict = Verdict.CONDITIONAL;
        break;
      default:
        throw new DecodeException("compatibility matrix " + source + ": cell [" + leading + "]["
            + other + "] is '" + value + "'; expected Yes, Same, No, Unknown or Check dependency");
    }
    return new Cell(verdict, value.trim(), explanation.trim());
  }

  private static String key(String outbound, String inbound) {
    return outbound.toLowerCase(Locale.ROOT) + "\u0000" + inbound.toLowerCase(Locale.ROOT);
  }

  /** Returns the cell for reusing {@code inbound} in a work under {@code outbound}. */
  Optional<Cell> lookup(String outbound, String inbound) {
    return Optional.ofNullable(cells.get(key(outbound, inbound)));
  }

  /** Returns where the matrix was read from. */
  public String source() {
    return source;
  }

  /** Returns the licenses that lead a row, in file order. */
  public Set<String> licenses() {
    return licenses;
  }

  /** Returns the number of cells. */
  public int size() {
    return cells.size();
  }

  @Override
  public String toString() {
    return "CompatibilityMatrix[" + source + ", " + licenses.size() + " licenses, " + cells.size()
        + " cells]";
  }
}
