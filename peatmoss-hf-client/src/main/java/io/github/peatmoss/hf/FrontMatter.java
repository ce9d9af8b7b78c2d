package io.github.peatmoss.hf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown document into its YAML front matter and body the way the Hub does: the first block only,
 * opened by {@code ---} after optional leading whitespace, closed by a line starting with {@code ---}; LF, CRLF
 * and CR line ends.
 */
final class FrontMatter {
  private static final Pattern BLOCK = Pattern.compile(
      "\\A(\\s*---(?:\\r\\n|\\r|\\n))([\\s\\S]*?)((?:\\r\\n|\\r|\\n)---[ \\t]*(?:\\r\\n|\\n|$))");
  private static final Pattern YAML_KEY = Pattern.compile("[A-Za-z_][\\w.-]*:(\\s|$)");
  private static final Pattern SHORT_OPENER = Pattern.compile("\\A\\s*--[ \\t]*(?:\\r\\n|\\r|\\n)");

  /**
   * The parts of a document.
   *
   * @param yaml the front matter text, when there is a block
   * @param body the rest of the document
   */
  record Parts(Optional<String> yaml, String body) {}

  private FrontMatter() {}

  static Parts split(String text) {
    Matcher m = BLOCK.matcher(text);
    if (!m.find()) {
      return new Parts(Optional.empty(), text);
    }
    return new Parts(Optional.of(m.group(2)), text.substring(m.end()));
  }

  /** Returns whether the text opens with {@code --} instead of {@code ---}, a mistake seen in real cards. */
  static boolean hasShortOpener(String text) {
    return SHORT_OPENER.matcher(text).find();
  }

  /**
   * Returns whether the text holds another block that looks like front matter: a {@code ---} line, then only
   * YAML-looking lines (keys, list items, indented or blank lines, comments) with at least one key, then a
   * {@code ---} line. A horizontal rule followed by prose does not qualify.
   */
  static boolean containsYamlBlock(String text) {
    String[] lines = text.split("\\r\\n|\\r|\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].stripTrailing().equals("---")) {
        continue;
      }
      boolean key = false;
      for (int j = i + 1; j < lines.length && j <= i + 500; j++) {
        String line = lines[j];
        if (line.stripTrailing().equals("---")) {
          if (key) {
            return true;
          }
          break;
        }
        if (YAML_KEY.matcher(line).lookingAt()) {
          key = true;
        } else if (!(line.isBlank()
            || line.startsWith(" ")
            || line.startsWith("\t")
            || line.startsWith("- ")
            || line.startsWith("#"))) {
          break;
        }
      }
    }
    return false;
  }
}
