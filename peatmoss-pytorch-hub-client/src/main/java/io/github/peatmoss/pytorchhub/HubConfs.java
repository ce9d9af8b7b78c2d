package io.github.peatmoss.pytorchhub;

import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.reuse.python.PythonCalls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code hubconf.py} statically, the way {@code torch.hub.list} would see it without running it: every
 * top-level {@code def}, every name a top-level {@code from ... import} brings in, and top-level {@code lambda}
 * or {@code partial(..)} assignments, except names starting with {@code _} and {@code dependencies}; and the
 * {@code dependencies} list. Stateless and thread-safe.
 */
public final class HubConfs {
  private static final Pattern DEF =
      Pattern.compile("^(?:async\\s+)?def\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
  private static final Pattern FROM_IMPORT = Pattern.compile("^from\\s+[\\w.]+\\s+import\\s+(.*)$");
  private static final Pattern ASSIGN = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$");

  private HubConfs() {}

  /** Parses the {@code hubconf.py} of {@code repository} read at {@code ref}. */
  public static HubConf parse(RepoRef repository, String ref, String source) {
    Objects.requireNonNull(repository, "repository == null");
    Objects.requireNonNull(ref, "ref == null");
    Objects.requireNonNull(source, "source == null");
    String[] lines = source.split("\\r\\n|\\r|\\n", -1);
    Map<String, HubEntrypoint> entrypoints = new LinkedHashMap<>();
    List<String> dependencies = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) {
        continue; // only top-level statements define module attributes
      }
      Matcher def = DEF.matcher(line);
      if (def.find()) {
        String name = def.group(1);
        if (isPublic(name)) {
          entrypoints.put(
              name,
              HubEntrypoint.builder()
                  .name(name)
                  .kind(HubEntrypoint.Kind.FUNCTION)
                  .summary(docstring(lines, i))
                  .line(i + 1)
                  .build());
        }
        continue;
      }
      Matcher from = FROM_IMPORT.matcher(line);
      if (from.find()) {
        StringBuilder names = new StringBuilder(stripComment(from.group(1)));
        int j = i;
        if (names.toString().strip().startsWith("(")) {
          while (names.indexOf(")") < 0 && j + 1 < lines.length) {
            names.append(' ').append(stripComment(lines[++j]));
          }
        } else {
          while (names.toString().strip().endsWith("\\")) {
            names.setLength(names.lastIndexOf("\\"));
            if (j + 1 == lines.length) {
              break; // the file ends mid-continuation
            }
            names.append(' ').append(stripComment(lines[++j]));
          }
        }
        for (String item : names.toString().replace("(", " ").replace(")", " ").split(",")) {
          String[] words = item.strip().split("\\s+");
          if (words.length == 0 || words[0].isEmpty()) {
            continue;
          }
          if (words[0].equals("*")) {
            warnings.add("line " + (i + 1)
                + ": 'import *' brings in names that cannot be listed without running it");
            continue;
          }
          String name = words.length == 3 && words[1].equals("as") ? words[2] : words[0];
          if (isPublic(name) && !entrypoints.containsKey(name)) {
            entrypoints.put(
                name,
                HubEntrypoint.builder()
                    .name(name)
                    .kind(HubEntrypoint.Kind.IMPORTED)
                    .line(i + 1)
                    .build());
          }
        }
        i = j;
        continue;
      }
      Matcher assign = ASSIGN.matcher(line);
      if (assign.find()) {
        String name = assign.group(1);
        String value = assign.group(2).strip();
        if (name.equals("dependencies")) {
          StringBuilder list = new StringBuilder(value);
          int j = i;
          while (list.indexOf("]") < 0 && j + 1 < lines.length) {
            list.append(' ').append(lines[++j]);
          }
          for (String item : list.toString().replace("[", " ").replace("]", " ").split(",")) {
            PythonCalls.stringLiteral(stripComment(item))
                .ifPresent(d -> dependencies.add(d.strip()));
          }
          i = j;
        } else if (isPublic(name)
            && (value.startsWith("lambda")
                || value.startsWith("partial(")
                || value.startsWith("functools.partial("))) {
          entrypoints.put(
              name,
              HubEntrypoint.builder()
                  .name(name)
                  .kind(HubEntrypoint.Kind.ASSIGNED)
                  .line(i + 1)
                  .build());
        }
      }
    }
    return HubConf.builder()
        .repository(repository)
        .ref(ref)
        .dependencies(dependencies)
        .entrypoints(entrypoints.values())
        .warnings(warnings)
        .build();
  }

  private static boolean isPublic(String name) {
    return !name.startsWith("_") && !name.equals("dependencies");
  }

  private static String stripComment(String text) {
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }

  /** Returns the first line of the docstring of the function defined at {@code defLine}. */
  private static Optional<String> docstring(String[] lines, int defLine) {
    int i = defLine;
    // The signature may span lines; it ends at the line ending with ':' outside brackets.
    int depth = 0;
    for (; i < lines.length; i++) {
      String code = stripComment(lines[i]);
      for (char c : code.toCharArray()) {
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth--;
        }
      }
      if (depth <= 0 && code.strip().endsWith(":")) {
        break;
      }
    }
    for (int j = i + 1; j < lines.length; j++) {
      String s = lines[j].strip();
      if (s.isEmpty()) {
        continue;
      }
      for (String quote : new String[] {"\"\"\"", "'''", "r\"\"\"", "r'''", "\"", "'"}) {
        if (s.startsWith(quote)) {
          String rest = s.substring(quote.length());
          String q = quote.replace("r", "");
          int end = rest.indexOf(q);
          String first = end >= 0 ? rest.substring(0, end) : rest;
          if (first.isBlank() && end < 0 && j + 1 < lines.length) {
            first = lines[j + 1].strip();
          }
          first = first.strip();
          return first.isEmpty() ? Optional.empty() : Optional.of(first);
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
