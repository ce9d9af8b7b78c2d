package io.github.peatmoss.github.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's file format: what round-trips, and which damaged entries read as absent. */
class EtagStoreTest {
  @TempDir
  Path dir;

  private static final String KEY = EtagStore.key("https://api.github.com/repos/o/r", "a", null);

  @Test
  void entry_roundTrips_withAnEmptyBody_andAnyBytes() {
    EtagStore store = new EtagStore(dir);
    assertThat(store.directory()).isEqualTo(dir);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ETag", "W/\"1\"");
    headers.put("Content-Type", "application/json");
    headers.put("Link", "<https://api.github.com/x?page=2>; rel=\"next\"");
    store.put(KEY, new EtagStore.Entry(headers, new byte[0]));
    EtagStore.Entry empty = store.get(KEY).orElseThrow();
    assertThat(empty.headers()).containsExactlyEntriesOf(headers);
    assertThat(empty.etag()).isEqualTo("W/\"1\"");
    assertThat(empty.body()).isEmpty();

    byte[] body = "{\n\n}\n\n".getBytes(StandardCharsets.UTF_8);
    store.put(KEY, new EtagStore.Entry(Map.of("ETag", "\"2\""), body));
    assertThat(store.get(KEY).orElseThrow().body()).isEqualTo(body);
  }

  @Test
  void headerValuesWithLineBreaks_areNotWritten() {
    EtagStore store = new EtagStore(dir);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ETag", "\"1\"");
    headers.put("X-Newline", "\nInjected: yes");
    headers.put("X-Return", "\rInjected: yes");
    headers.put("X-Later", "a\nb");
    store.put(KEY, new EtagStore.Entry(headers, new byte[] {1}));
    assertThat(store.get(KEY).orElseThrow().headers()).containsExactly(Map.entry("ETag", "\"1\""));
  }

  @Test
  void damagedEntries_readAsAbsent() throws IOException {
    EtagStore store = new EtagStore(dir);
    assertThat(store.get(KEY)).as("never written").isEmpty();
    store.put(KEY, new EtagStore.Entry(Map.of("ETag", "\"1\""), new byte[] {1}));
    Path file = onlyFile();

    Files.writeString(file, "peatmoss-etag-cache 1\nETag: \"1\"");
    assertThat(store.get(KEY)).as("no end of headers").isEmpty();
    Files.writeString(file, "other-cache 1\nETag: \"1\"\n\nbody");
    assertThat(store.get(KEY)).as("another format").isEmpty();
    Files.writeString(file, "peatmoss-etag-cache 1\nContent-Type: text/plain\n\nbody");
    assertThat(store.get(KEY)).as("no ETag").isEmpty();
    Files.writeString(file, "peatmoss-etag-cache 1\n: \"0\"\nETag: \"1\"\nbroken\n\nbody");
    assertThat(store.get(KEY).orElseThrow().headers())
        .as("lines without a name are skipped")
        .containsExactly(Map.entry("ETag", "\"1\""));
  }

  @Test
  void key_dependsOnUrlAcceptAndCredentials_neverHoldsThem() {
    String url = "https://api.github.com/repos/o/r";
    String anonymous = EtagStore.key(url, null, null);
    assertThat(anonymous).hasSize(64).isEqualTo(EtagStore.key(url, "", null));
    assertThat(EtagStore.key(url, "application/json", null)).isNotEqualTo(anonymous);
    assertThat(EtagStore.key(url, null, "Bearer ghp_a"))
        .isNotEqualTo(anonymous)
        .isNotEqualTo(EtagStore.key(url, null, "Bearer ghp_b"))
        .doesNotContain("ghp_a");
    assertThat(EtagStore.key(url + "?page=2", null, null)).isNotEqualTo(anonymous);
  }

  private Path onlyFile() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).findFirst().orElseThrow();
    }
  }
}
