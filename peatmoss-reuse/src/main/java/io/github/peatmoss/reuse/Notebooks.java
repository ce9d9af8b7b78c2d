package io.github.peatmoss.reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the code cells of a Jupyter notebook ({@code nbformat} 4 JSON: {@code cells[].cell_type} and {@code
 * source}, a string or a list of lines). IPython magics and shell escapes ({@code %pip}, {@code !ls}) become
 * blank lines so line numbers stay those of the cell. A tiny JSON reader, so the module needs no JSON library;
 * it never throws on bad input.
 */
final class Notebooks {
  private static final int MAX_DEPTH = 512;

  private Notebooks() {}

  /**
   * The code cells joined as one program, and where each starts.
   *
   * @param code every code cell, each ending with a line break
   * @param cellIndex the index of each code cell among all cells
   * @param firstLine the 1-based line of {@code code} where each code cell starts
   */
  record Program(String code, List<Integer> cellIndex, List<Integer> firstLine) {
    /** Returns {cell, line in cell} of {@code line} of {@link #code}. */
    int[] locate(int line) {
      int k = 0;
      for (int i = 0; i < firstLine.size(); i++) {
        if (firstLine.get(i) <= line) {
          k = i;
        }
      }
      return firstLine.isEmpty()
          ? new int[] {0, line}
          : new int[] {cellIndex.get(k), line - firstLine.get(k) + 1};
    }
  }

  /** Returns the notebook's code cells, or empty when the text is not a notebook. */
  static Optional<Program> read(String json) {
    Object root;
    try {
      Reader r = new Reader(json);
      root = r.value(0);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
    if (!(root instanceof Map) || !(((Map<?, ?>) root).get("cells") instanceof List)) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder();
    List<Integer> cells = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int line = 1;
    List<?> all = (List<?>) ((Map<?, ?>) root).get("cells");
    for (int i = 0; i < all.size(); i++) {
      if (!(all.get(i) instanceof Map)
          || !"code".equals(((Map<?, ?>) all.get(i)).get("cell_type"))) {
        continue;
      }
      Object source = ((Map<?, ?>) all.get(i)).get("source");
      String text;
      if (source instanceof String) {
        text = (String) source;
      } else if (source instanceof List) {
        StringBuilder b = new StringBuilder();
        for (Object part : (List<?>) source) {
          if (part instanceof String) {
            b.append((String) part);
          }
        }
        text = b.toString();
      } else {
        continue;
      }
      cells.add(i);
      lines.add(line);
      for (String l : text.split("\n", -1)) {
        String stripped = l.stripLeading();
        code.append(stripped.startsWith("%") || stripped.startsWith("!") ? "" : l)
            .append('\n');
        line++;
      }
    }
    return Optional.of(new Program(code.toString(), cells, lines));
  }

  /** A recursive-descent JSON reader with a depth limit. */
  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s;
    }

    Object value(int depth) {
      if (depth > MAX_DEPTH) {
        throw new IllegalArgumentException("nested too deeply");
      }
      skip();
      char c = s.charAt(i);
      switch (c) {
        case '{': {
          i++;
          Map<String, Object> map = new LinkedHashMap<>();
          skip();
          if (s.charAt(i) == '}') {
            i++;
            return map;
          }
          while (true) {
            skip();
            String key = string();
            skip();
            expect(':');
            map.put(key, value(depth + 1));
            skip();
            if (s.charAt(i) == ',') {
              i++;
              continue;
            }
            expect('}');
            return map;
          }
        }
        case '[': {
          i++;
          List<Object> list = new ArrayList<>();
          skip();
          if (s.charAt(i) == ']') {
            i++;
            return list;
          }
          while (true) {
            list.add(value(depth + 1));
            skip();
            if (s.charAt(i) == ',') {
              i++;
              continue;
            }
            expect(']');
            return list;
          }
        }
        case '"':
          return string();
        default: {
          int start = i;
          while (i < s.length() && "{}[],: \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
          }
          if (start == i) {
            throw new IllegalArgumentException("unexpected '" + c + "'");
          }
          return s.substring(start, i);
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n':
            out.append('\n');
            break;
          case 't':
            out.append('\t');
            break;
          case 'r':
            out.append('\r');
            break;
          case 'b':
            out.append('\b');
            break;
          case 'f':
            out.append('\f');
            break;
          case 'u':
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
            break;
          default:
            out.append(e);
        }
      }
    }

    private void expect(char c) {
      if (s.charAt(i) != c) {
        throw new IllegalArgumentException("expected '" + c + "'");
      }
      i++;
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
