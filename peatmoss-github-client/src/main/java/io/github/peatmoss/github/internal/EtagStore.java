package io.github.peatmoss.github.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent store of validated responses, one file per request key under a directory: a header block
 * ({@code name: value} lines: ETag, Content-Type, Link) and the body. Files are written to a temporary name and
 * moved into place, so concurrent processes and a kill at any moment leave either the old entry or the new
 * one. An unreadable entry is treated as absent (and fetched again). Thread-safe.
 */
public final class EtagStore {
  private static final Logger log = LoggerFactory.getLogger(EtagStore.class);
  private static final String MAGIC = "peatmoss-etag-cache 1";

  private final Path directory;

  /** Creates a store under {@code directory}, created on first write. */
  public EtagStore(Path directory) {
    this.directory = directory;
  }

  /** Returns the directory entries live in. */
  public Path directory() {
    return directory;
  }

  /**
   * A stored response.
   *
   * @param headers ETag, Content-Type and Link as they came (absent ones left out)
   * @param body the body bytes
   */
  public record Entry(Map<String, String> headers, byte[] body) {
    /** Returns the stored ETag. */
    public String etag() {
      return headers.get("ETag");
    }
  }

  /** Returns the key of a request: SHA-256 of method, URL, Accept and a digest of the credentials. */
  public static String key(String url, String accept, String authorization) {
    String credentials =
        authorization == null ? "" : HexFormat.of().formatHex(sha256(authorization));
    return HexFormat.of()
        .formatHex(
            sha256("GET\n" + url + "\n" + (accept == null ? "" : accept) + "\n" + credentials));
  }

  /** Returns the entry stored under {@code key}. */
  public Optional<Entry> get(String key) {
    Path file = file(key);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] all = in.readAllBytes();
      int end = indexOf(all, "\n\n".getBytes(StandardCharsets.UTF_8));
      if (end < 0) {
        return Optional.empty();
      }
      String[] lines = new String(all, 0, end, StandardCharsets.UTF_8).split("\n");
      if (!MAGIC.equals(lines[0])) {
        return Optional.empty();
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(": ");
        if (colon > 0) {
          headers.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
        }
      }
      if (!headers.containsKey("ETag")) {
        return Optional.empty();
      }
      byte[] body = new byte[all.length - end - 2];
      System.arraycopy(all, end + 2, body, 0, body.length);
      return Optional.of(new Entry(headers, body));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      log.debug("unreadable ETag cache entry, ignored [file={}, error={}]", file, e.toString());
      return Optional.empty();
    }
  }

  /** Stores {@code entry} under {@code key}; a failure to write only logs (the cache is an optimisation). */
  public void put(String key, Entry entry) {
    Path file = file(key);
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    StringBuilder sb = new StringBuilder(MAGIC).append('\n');
    entry.headers().forEach((name, value) -> {
      if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
        sb.append(name).append(": ").append(value).append('\n');
      }
    });
    sb.append('\n');
    header.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".entry-", ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          header.writeTo(out);
          out.write(entry.body());
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      log.warn(
          "cannot write the ETag cache entry {}: {}; the next run fetches it again",
          file,
          e.toString());
    }
  }

  private Path file(String key) {
    return directory.resolve(key.substring(0, 2)).resolve(key + ".entry");
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }
}
