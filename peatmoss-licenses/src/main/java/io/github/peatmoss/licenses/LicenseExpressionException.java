package io.github.peatmoss.licenses;

import io.github.peatmoss.core.exception.PeatmossException;
import java.util.Collections;
import java.util.List;

/**
 * A license expression could not be parsed. {@link #position()} is the zero-based index in {@link #input()} of
 * the first problem and {@link #expected()} lists what would have been accepted there.
 */
public class LicenseExpressionException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final int position;
  private final List<String> expected;

  LicenseExpressionException(String input, int position, String problem, List<String> expected) {
    super(message(input, position, problem, expected));
    this.input = input;
    this.position = position;
    this.expected = Collections.unmodifiableList(List.copyOf(expected));
  }

  private static String message(String input, int position, String problem, List<String> expected) {
    String shown = input.length() > 200 ? input.substring(0, 200) + "..." : input;
    return "invalid SPDX license expression at position " + position + ": " + problem
        + (expected.isEmpty() ? "" : "; expected " + String.join(" or ", expected))
        + " (input: \"" + shown.replace("\n", "\\n").replace("\r", "\\r") + "\")";
  }

  /** Returns the text that failed to parse. */
  public String input() {
    return input;
  }

  /** Returns the zero-based index in {@link #input()} where parsing failed. */
  public int position() {
    return position;
  }

  /** Returns what the parser would have accepted at {@link #position()}, e.g. {@code "a license id"}, {@code "')'"}. */
  public List<String> expected() {
    return expected;
  }
}
