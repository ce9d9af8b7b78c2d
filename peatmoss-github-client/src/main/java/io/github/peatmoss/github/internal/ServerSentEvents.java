package io.github.peatmoss.github.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.BufferedSource;

/**
 * Reads a {@code text/event-stream} (server-sent events, WHATWG HTML section 9.2): {@code event:} and {@code
 * data:} fields, several data lines joined by newlines, comment lines ({@code :}) ignored, an event dispatched
 * at each blank line. Not thread-safe; one reader per stream.
 */
public final class ServerSentEvents {
  /** Receives each event. */
  @FunctionalInterface
  public interface Listener {
    /** Handles one event; {@code name} is {@code message} when the stream named none. */
    void event(String name, String data) throws IOException;
  }

  private ServerSentEvents() {}

  /**
   * Reads events until the stream ends; an event not terminated by a blank line before the end is dropped, as
   * the specification says.
   *
   * @throws IOException when reading fails (for example, the connection drops)
   */
  public static void read(BufferedSource source, Listener listener) throws IOException {
    String name = null;
    StringBuilder data = null;
    while (true) {
      String line = source.readUtf8Line();
      if (line == null) {
        return;
      }
      if (line.isEmpty()) {
        if (data != null) {
          listener.event(name == null ? "message" : name, data.toString());
        }
        name = null;
        data = null;
        continue;
      }
      if (line.startsWith(":")) {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      if (field.equals("event")) {
        name = value;
      } else if (field.equals("data")) {
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      }
    }
  }

  /** Returns the UTF-8 bytes of one event, for tests and fakes. */
  public static byte[] encode(String name, String data) {
    StringBuilder sb = new StringBuilder("event: ").append(name).append('\n');
    for (String line : data.split("\n", -1)) {
      sb.append("data: ").append(line).append('\n');
    }
    return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }
}
