package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Normalises the loosely typed values of card metadata and JSON into plain Java. */
final class Values {
  private Values() {}

  /**
   * Returns {@code value} as a list of non-blank strings: a scalar becomes one item, a list its scalar items
   * (nested lists flattened), anything else nothing. Duplicates are dropped, order kept.
   */
  static List<String> strings(Object value) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    collect(value, out, 0);
    return List.copyOf(out);
  }

  private static void collect(Object value, Collection<String> out, int depth) {
    if (value == null || depth > 8) {
      return;
    }
    if (value instanceof Collection) {
      for (Object item : (Collection<?>) value) {
        collect(item, out, depth + 1);
      }
      return;
    }
    scalar(value).ifPresent(out::add);
  }

  /** Returns a scalar as text (numbers without a trailing {@code .0}), or empty for blanks, maps and lists. */
  static Optional<String> scalar(Object value) {
    String text;
    if (value instanceof String s) {
      text = s.strip();
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      text = Double.isFinite(d)
          ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
          : Double.toString(d);
    } else if (value instanceof Number || value instanceof Boolean) {
      text = value.toString();
    } else {
      return Optional.empty();
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** Returns the string at {@code key} of a map, if it is a non-blank scalar. */
  static Optional<String> string(Map<?, ?> map, String key) {
    return map == null ? Optional.empty() : scalar(map.get(key));
  }

  /** Returns {@code value} if it is a map with string keys, else an empty map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Collections.emptyMap();
  }

  /** Returns {@code value} as a list, a non-list as a one-item list, null as empty. */
  static List<Object> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(item);
      }
      return out;
    }
    return List.of(value);
  }

  /** Converts a JSON tree to maps, lists, strings, longs, doubles and booleans; JSON nulls are dropped. */
  static Object fromJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.properties().forEach(e -> {
        Object v = fromJson(e.getValue());
        if (v != null) {
          map.put(e.getKey(), v);
        }
      });
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      for (JsonNode item : node) {
        Object v = fromJson(item);
        if (v != null) {
          list.add(v);
        }
      }
      return Collections.unmodifiableList(list);
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong()
          ? (Object) node.longValue()
          : node.bigIntegerValue().toString();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return node.asText();
  }
}
