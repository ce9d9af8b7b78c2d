package io.github.peatmoss.github.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The event-stream fields as the WHATWG specification reads them. */
class ServerSentEventsTest {
  private static List<String> read(String stream) throws IOException {
    List<String> events = new ArrayList<>();
    ServerSentEvents.read(
        new Buffer().writeUtf8(stream), (name, data) -> events.add(name + "=" + data));
    return events;
  }

  @Test
  void fields_comments_andDefaults() throws IOException {
    assertThat(read("data: a\ndata:b\n\n"))
        .as("unnamed, two lines, optional space")
        .containsExactly("message=a\nb");
    assertThat(read("event: progress\n: keep-alive\ndata: {}\n\n")).containsExactly("progress={}");
    assertThat(read("event: done\ndata\n\n"))
        .as("a field without a colon has an empty value")
        .containsExactly("done=");
    assertThat(read("event\ndata: x\n\n")).as("an empty event name").containsExactly("=x");
    assertThat(read("event: a\n\ndata: x\n\n"))
        .as("no data: nothing dispatched, name reset")
        .containsExactly("message=x");
    assertThat(read("id: 7\nretry: 10\ndata:  two spaces\n\n"))
        .containsExactly("message= two spaces");
    assertThat(read("data: cut off")).as("unterminated at the end").isEmpty();
  }

  @Test
  void encode_isReadBack() throws IOException {
    Buffer buffer = new Buffer()
        .write(ServerSentEvents.encode("matches", "[1,\n2]"))
        .write(ServerSentEvents.encode("done", ""));
    List<String> events = new ArrayList<>();
    ServerSentEvents.read(buffer, (name, data) -> events.add(name + "=" + data));
    assertThat(events).containsExactly("matches=[1,\n2]", "done=");
  }
}
