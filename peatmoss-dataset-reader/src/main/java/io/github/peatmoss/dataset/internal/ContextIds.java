package io.github.peatmoss.dataset.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * How a model id is stored in {@code model.context_id}, a column declared INTEGER that holds names. Under
 * SQLite's type affinity a name that is a canonical integer ({@code 12345}) is stored as an INTEGER and reads
 * back as the same text, but a name SQLite would turn into a different number ({@code 007}, {@code 1e3},
 * {@code 1.50}) would lose its spelling; the writer stores those as UTF-8 BLOBs, which affinity leaves alone.
 * Readers must read the column as text (never as a number); this class gives the value to bind when looking an
 * id up. Thread-safe.
 */
public final class ContextIds {
  /** SQLite's numeric literal, with the leading and trailing spaces it tolerates. */
  private static final Pattern NUMERIC =
      Pattern.compile("\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*");

  private ContextIds() {}

  /** Returns whether SQLite's INTEGER affinity would store {@code id} as a number that reads back differently. */
  public static boolean isLossyUnderAffinity(String id) {
    if (!NUMERIC.matcher(id).matches()) {
      return false;
    }
    try {
      return !Long.toString(Long.parseLong(id)).equals(id);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** Returns the value to bind for {@code id} when writing or comparing {@code context_id}. */
  public static Object bindValue(String id) {
    return isLossyUnderAffinity(id) ? id.getBytes(StandardCharsets.UTF_8) : id;
  }

  /** Returns the text of a {@code context_id} value read with {@code getObject}. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[]) {
      return new String((byte[]) value, StandardCharsets.UTF_8);
    }
    return value.toString();
  }
}
