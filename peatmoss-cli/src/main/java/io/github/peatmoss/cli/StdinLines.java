package io.github.peatmoss.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The inputs of a command that takes them as arguments or, with a lone {@code -}, as lines of standard input.
 * Read lazily, one at a time, every line kept (blank ones too, so results line up with inputs); before waiting
 * for more input, stdout is flushed, so the results of the lines read so far reach a pipe at once.
 */
final class StdinLines implements Iterable<StdinLines.Input> {
  /** Where {@code -} reads from; tests replace it. */
  static volatile InputStream stdin = System.in;

  /** One input and where it came from ({@code "argument 2"}, {@code "line 7"}), for error results. */
  record Input(String text, String origin) {
    /** Returns whether the input holds nothing but white space (tabs included). */
    boolean isBlank() {
      return text.isBlank();
    }
  }

  private final List<String> arguments;
  private final PrintWriter out;

  private StdinLines(List<String> arguments, PrintWriter out) {
    this.arguments = arguments;
    this.out = out;
  }

  /** Returns the inputs of {@code arguments}; {@code out} is the command's stdout. Usage error if there are none. */
  static StdinLines of(List<String> arguments, PrintWriter out) {
    if (arguments == null || arguments.isEmpty()) {
      throw new UsageException(
          "give one or more inputs as arguments, or '-' to read them from standard input,"
              + " one per line");
    }
    return new StdinLines(List.copyOf(arguments), out);
  }

  @Override
  public Iterator<Input> iterator() {
    return new Iterator<>() {
      private int argument;
      private BufferedReader reader;
      private int lineNumber;
      private Input next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (reader != null) {
            String line = readLine();
            if (line != null) {
              next = new Input(line, "line " + ++lineNumber);
              break;
            }
            reader = null;
          }
          if (argument == arguments.size()) {
            return false;
          }
          String a = arguments.get(argument++);
          if (a.equals("-")) {
            reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
          } else {
            next = new Input(a, "argument " + argument);
          }
        }
        return true;
      }

      @Override
      public Input next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Input input = next;
        next = null;
        return input;
      }

      private String readLine() {
        try {
          if (!reader.ready()) {
            out.flush(); // about to wait: let the results so far go
          }
          return reader.readLine();
        } catch (IOException e) {
          throw new InputException(
              "cannot read standard input after line " + lineNumber + ": " + e.getMessage(), e);
        }
      }
    };
  }
}
