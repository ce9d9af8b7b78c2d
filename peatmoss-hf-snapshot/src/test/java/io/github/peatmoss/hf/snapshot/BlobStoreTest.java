package io.github.peatmoss.hf.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.ResourceNotFoundException;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.hf.HfClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {
  private static final ModelId MODEL = ModelId.of("acme/tiny-bert");
  private static final String SHA = "9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4";
  private static final byte[] WEIGHTS =
      "0123456789abcdef".repeat(64).getBytes(StandardCharsets.UTF_8);

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  private HfClient client() {
    return HfClient.builder().endpoint(server.url("/").uri()).build();
  }

  private static SnapshotFile lfs(byte[] content) {
    return SnapshotFile.builder()
        .path("model.bin")
        .size(content.length)
        .lfsSha256(FakeSnapshotHub.hash("SHA-256", new byte[0], content))
        .build();
  }

  private static MockResponse body(byte[] bytes) {
    return new MockResponse.Builder().body(new okio.Buffer().write(bytes)).build();
  }

  private Stream<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(".lock"))
          .toList()
          .stream();
    }
  }

  @Test
  void fetch_longerBodyThanListed_isStoppedAndRetried() throws Exception {
    byte[] longer = new byte[WEIGHTS.length + 10];
    System.arraycopy(WEIGHTS, 0, longer, 0, WEIGHTS.length);
    server.enqueue(body(longer));
    server.enqueue(body(WEIGHTS));
    try (BlobStore store = BlobStore.open(dir)) {
      long written = store.fetch(client(), MODEL, SHA, lfs(WEIGHTS), 3);

      assertThat(written).isEqualTo(WEIGHTS.length);
      assertThat(store.blobPath(lfs(WEIGHTS))).hasBinaryContent(WEIGHTS);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void fetch_truncatedEveryTime_reportsSizeAndLeavesNothing() throws Exception {
    byte[] shorter = java.util.Arrays.copyOf(WEIGHTS, WEIGHTS.length - 1);
    server.enqueue(body(shorter));
    server.enqueue(body(shorter));
    try (BlobStore store = BlobStore.open(dir)) {
      assertThatThrownBy(() -> store.fetch(client(), MODEL, SHA, lfs(WEIGHTS), 2))
          .isInstanceOf(FileIntegrityException.class)
          .hasMessageContaining(
              "got " + shorter.length + " bytes, the listing says " + WEIGHTS.length)
          .satisfies(e -> assertThat(((FileIntegrityException) e).path()).isEqualTo("model.bin"));
      assertThat(store.isPresent(lfs(WEIGHTS))).isFalse();
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void fetch_sameSizeWrongBytes_reportsTheSha256() throws Exception {
    byte[] flipped = WEIGHTS.clone();
    flipped[3] ^= 1;
    server.enqueue(body(flipped));
    try (BlobStore store = BlobStore.open(dir)) {
      assertThatThrownBy(() -> store.fetch(client(), MODEL, SHA, lfs(WEIGHTS), 1))
          .isInstanceOf(FileIntegrityException.class)
          .hasMessageContaining("sha256 ")
          .hasMessageContaining(
              "differs from the listed " + lfs(WEIGHTS).lfsSha256().orElseThrow());
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void fetch_missingFile_isNotRetriedAndLeavesNothing() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .code(404)
        .setHeader("X-Error-Code", "EntryNotFound")
        .setHeader("X-Error-Message", "Entry not found")
        .build());
    try (BlobStore store = BlobStore.open(dir)) {
      assertThatThrownBy(() -> store.fetch(client(), MODEL, SHA, lfs(WEIGHTS), 3))
          .isInstanceOf(ResourceNotFoundException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void open_afterAKilledRun_deletesItsPartialFiles() throws Exception {
    Path partial = dir.resolve("blobs/sha256/ab/.abc-123.part");
    Files.createDirectories(partial.getParent());
    Files.write(partial, new byte[] {1, 2, 3});

    try (BlobStore store = BlobStore.open(dir)) {
      assertThat(partial).doesNotExist();
      assertThat(store.isPresent(lfs(WEIGHTS))).isFalse();
    }
  }

  @Test
  void gitBlobId_ofAPlainFile_isVerified() throws Exception {
    byte[] config = "{\"hidden_size\": 32}\n".getBytes(StandardCharsets.UTF_8);
    String oid = FakeSnapshotHub.hash(
        "SHA-1", ("blob " + config.length + "\0").getBytes(StandardCharsets.US_ASCII), config);
    SnapshotFile file = SnapshotFile.builder()
        .path("config.json")
        .size(config.length)
        .gitOid(oid)
        .build();
    server.enqueue(body(config));
    try (BlobStore store = BlobStore.open(dir)) {
      store.fetch(client(), MODEL, SHA, file, 1);

      assertThat(store.blobPath(file))
          .isEqualTo(
              dir.toAbsolutePath().resolve("blobs/git-sha1/" + oid.substring(0, 2) + "/" + oid))
          .hasBinaryContent(config);
      assertThat(store.isPresent(file)).isTrue();
    }
  }

  @Test
  void fetch_longerEveryTime_saysTheHubSentMoreBytesThanListed() throws Exception {
    byte[] longer = new byte[WEIGHTS.length + 10];
    System.arraycopy(WEIGHTS, 0, longer, 0, WEIGHTS.length);
    server.enqueue(body(longer));
    server.enqueue(body(longer));
    try (BlobStore store = BlobStore.open(dir)) {
      assertThatThrownBy(() -> store.fetch(client(), MODEL, SHA, lfs(WEIGHTS), 2))
          .isInstanceOf(FileIntegrityException.class)
          .hasMessage("acme/tiny-bert: model.bin at " + SHA + " did not verify after 2 attempt(s):"
              + " the Hub sent more bytes than the 1024 listed; nothing was kept. Run the snapshot"
              + " again later; if it persists the Hub's copy differs from its listing");
      assertThat(leftovers()).isEmpty();
    }
  }

  @Test
  void aFileWithoutIds_isNeverPresent_andHasNoBlobPath() {
    SnapshotFile bare = SnapshotFile.builder().path("weights.bin").size(3).build();
    try (BlobStore store = BlobStore.open(dir)) {
      assertThat(store.isPresent(bare)).isFalse();
      assertThatThrownBy(() -> store.blobPath(bare))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("weights.bin has neither a git oid nor an LFS sha256 to verify against");
    }
  }

  @Test
  void isPresent_needsTheListedSize_whenThereIsOne() throws Exception {
    SnapshotFile listed = lfs(WEIGHTS);
    SnapshotFile unsized = SnapshotFile.builder()
        .path("model.bin")
        .lfsSha256(listed.lfsSha256().orElseThrow())
        .build();
    try (BlobStore store = BlobStore.open(dir)) {
      Path blob = store.blobPath(listed);
      Files.createDirectories(blob.getParent());
      Files.write(blob, new byte[] {1, 2, 3});
      assertThat(store.isPresent(listed)).isFalse();
      assertThat(store.isPresent(unsized)).isTrue();
      Files.write(blob, WEIGHTS);
      assertThat(store.isPresent(listed)).isTrue();
    }
  }

  @Test
  void manifest_namesEachPathsSizeIdsAndBlob_sortedByPath() throws Exception {
    SnapshotFile weights = lfs(WEIGHTS);
    SnapshotFile readme = SnapshotFile.builder()
        .path("README.md")
        .size(2)
        .gitOid(FakeSnapshotHub.hash(
            "SHA-1",
            "blob 2\0".getBytes(StandardCharsets.US_ASCII),
            "hi".getBytes(StandardCharsets.UTF_8)))
        .build();
    try (BlobStore store = BlobStore.open(dir)) {
      Path blob = store.blobPath(weights);
      Files.createDirectories(blob.getParent());
      Files.write(blob, WEIGHTS);
      store.writeManifest(MODEL, SHA, java.util.List.of(weights, readme));
    }
    com.fasterxml.jackson.databind.JsonNode manifest =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(dir.resolve("snapshots/acme/tiny-bert/" + SHA + ".json").toFile());
    assertThat(manifest.get("model").asText()).isEqualTo("acme/tiny-bert");
    assertThat(manifest.get("commit").asText()).isEqualTo(SHA);
    com.fasterxml.jackson.databind.JsonNode first = manifest.get("files").get(0);
    assertThat(first.get("path").asText()).isEqualTo("README.md");
    assertThat(first.get("size").asLong()).isEqualTo(2);
    assertThat(first.get("oid").asText()).isEqualTo(readme.gitOid().orElseThrow());
    assertThat(first.has("sha256")).isFalse();
    assertThat(first.has("blob")).as("not downloaded").isFalse();
    com.fasterxml.jackson.databind.JsonNode second = manifest.get("files").get(1);
    assertThat(second.get("path").asText()).isEqualTo("model.bin");
    assertThat(second.get("size").asLong()).isEqualTo(WEIGHTS.length);
    assertThat(second.get("sha256").asText()).isEqualTo(weights.lfsSha256().orElseThrow());
    assertThat(second.get("blob").asText())
        .isEqualTo("blobs/" + weights.blobKey().orElseThrow());
    assertThat(leftovers())
        .containsExactlyInAnyOrder(weights.lfsSha256().orElseThrow(), SHA + ".json");
  }
}
