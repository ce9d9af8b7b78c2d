package io.github.peatmoss.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.peatmoss.core.model.ModelHub;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.OptionalLong;

/**
 * The one output path of every command.
 *
 * <p>How a command prints:
 * <ul>
 *   <li>Results go to {@code spec.commandLine().getOut()}, a {@link PrintWriter} that {@link Main} backs with one
 *       large buffer: never flush it per line and never wrap it in an auto-flushing writer. It is flushed at the
 *       end of the run, before anything is written to stderr, and by {@link StdinLines} when a command reading
 *       standard input is about to wait for more (so results still flow line by line through a pipe).</li>
 *   <li>With {@code --json}: {@link #jsonLine(PrintWriter, Object)} once per result, passing the value itself
 *       (an SDK value or a small {@code record} of the command's own), never a {@code Map} built per row. Jackson
 *       streams it into the buffer; keys are camelCase and enums their {@code name()}, as README's "JSON output"
 *       section fixes.</li>
 *   <li>Without {@code --json}: a text table, a header line first ({@link #header(PrintWriter, String, Object...)})
 *       then one {@code printf} per row into the same writer.</li>
 *   <li>Progress and diagnostics go to {@code spec.commandLine().getErr()}, a line at a time; a failure is thrown
 *       as an exception, which {@link Main} prints as one line.</li>
 *   <li>A reader that goes away ({@code | head -1}) makes the next write throw {@link OutputClosedException}: let
 *       it propagate (do not catch {@code RuntimeException} around output); the run ends quietly with exit 0.</li>
 * </ul>
 */
final class Output {
  /** The mapper for command output: Optional and java.time aware, ISO dates, no pretty printing. */
  static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
      .addModule(
          new SimpleModule("peatmoss-cli-vocabulary").addSerializer(ModelHub.class, new HubName()))
      .build();

  private static final ObjectWriter WRITER = JSON.writer();

  private Output() {}

  /** A hub is its name everywhere ({@code "HuggingFace"}, {@code "PyTorch"}), as {@code --hub} takes it. */
  private static final class HubName extends StdSerializer<ModelHub> {
    private static final long serialVersionUID = 1L;

    HubName() {
      super(ModelHub.class);
    }

    @Override
    public void serialize(ModelHub hub, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(hub.name());
    }
  }

  /** Writes {@code value} as one line of JSON, streamed into {@code out}'s buffer (no flush). */
  static void jsonLine(PrintWriter out, Object value) {
    try {
      WRITER.writeValue(out, value);
    } catch (IOException e) {
      // A PrintWriter never throws IOException; this is a value Jackson cannot serialise: a
      // programming error.
      throw new IllegalArgumentException(
          "cannot write " + value.getClass().getName() + " as JSON", e);
    }
    out.write('\n');
  }

  /** Returns a count for a text table: thousands separated ({@code 12,345}), or {@code -} when unknown. */
  static String count(OptionalLong value) {
    return value.isPresent() ? String.format("%,d", value.getAsLong()) : "-";
  }

  /** Writes a text table's header line: {@code format} as the rows use it, with the column names. */
  static void header(PrintWriter out, String format, Object... columns) {
    out.printf(format, columns);
  }
}
