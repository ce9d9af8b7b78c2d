package io.github.peatmoss.hf.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.exception.TransportException;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.DatasetException;
import io.github.peatmoss.hf.HfClient;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content-addressed output directory: {@code blobs/sha256/ab/<sha256>} for LFS files and
 * {@code blobs/git-sha1/ab/<oid>} for the others, plus one manifest per snapshot,
 * {@code snapshots/<model id>/<commit sha>.json}, naming each path's blob. A blob is written to a temporary
 * file, verified (size and hash) and only then moved into place, so a blob that exists is a verified one; a run
 * killed mid-download leaves only a temporary file, which the next run deletes. One run at a time may use a
 * directory ({@code .lock}). Not thread-safe; close it to release the lock.
 */
final class BlobStore implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BlobStore.class);
  private static final String TEMP_SUFFIX = ".part";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path root;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private BlobStore(Path root, FileChannel lockChannel, FileLock lock) {
    this.root = root;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Opens {@code root}, creating it, taking its lock and deleting temporary files a killed run left behind.
   *
   * @throws DatasetException when another run holds the directory, or it cannot be created or read
   */
  static BlobStore open(Path root) {
    Path dir = root.toAbsolutePath();
    try {
      Files.createDirectories(dir.resolve("blobs"));
      FileChannel channel = FileChannel.open(
          dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (java.nio.channels.OverlappingFileLockException e) {
        lock = null;
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        channel.close();
        throw new DatasetException(
            dir + " is in use by another snapshot run; wait for it to finish or use"
                + " another --out directory");
      }
      BlobStore store = new BlobStore(dir, channel, lock);
      store.deleteLeftovers();
      return store;
    } catch (IOException e) {
      throw new DatasetException(
          "cannot use " + dir + " as the snapshot directory: " + e.getMessage()
              + "; check that it is writable",
          e);
    }
  }

  private void deleteLeftovers() throws IOException {
    for (Path top : List.of(root.resolve("blobs"), root.resolve("snapshots"))) {
      if (!Files.isDirectory(top)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(top)) {
        for (Path file : (Iterable<Path>) files
            .filter(p -> p.getFileName().toString().endsWith(TEMP_SUFFIX))
            .sorted(Comparator.reverseOrder())::iterator) {
          log.debug("deleting a partial download left by an earlier run [file={}]", file);
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Returns where {@code file}'s verified bytes live. */
  Path blobPath(SnapshotFile file) {
    return root.resolve("blobs")
        .resolve(file.blobKey()
            .orElseThrow(() -> new IllegalArgumentException(
                file.path() + " has neither a git oid nor an LFS sha256 to verify against")));
  }

  /** Returns whether {@code file}'s blob is in place (and so was verified when it was written). */
  boolean isPresent(SnapshotFile file) {
    if (file.blobKey().isEmpty()) {
      return false;
    }
    Path blob = blobPath(file);
    try {
      return Files.isRegularFile(blob)
          && (file.size().isEmpty() || Files.size(blob) == file.size().getAsLong());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Downloads {@code file} of {@code model} at {@code commit}, verifies its size and hash, and moves it into
   * place; a mismatch or a broken transfer is retried up to {@code attempts} times in all. Returns the bytes
   * written.
   *
   * @throws FileIntegrityException when no attempt produced the listed bytes; no partial file is left
   * @throws PeatmossException when the Hub refuses the file (not found, gated), not retried
   */
  long fetch(HfClient client, ModelId model, String commit, SnapshotFile file, int attempts) {
    Path target = blobPath(file);
    String last = "";
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Path temp = null;
      Verifier verifier = new Verifier(file);
      try {
        Files.createDirectories(target.getParent());
        temp =
            Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", TEMP_SUFFIX);
        try (OutputStream out = verifier.wrap(Files.newOutputStream(temp))) {
          client.downloadFile(model, commit, file.path(), out);
        }
        String problem = verifier.problem();
        if (problem == null) {
          Files.move(
              temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          temp = null;
          return verifier.count;
        }
        last = problem;
      } catch (TransportException e) {
        last = verifier.tooLong
            ? verifier.problem()
            : "the transfer broke off (" + e.getMessage() + ")";
      } catch (IOException e) {
        throw new DatasetException(
            "cannot write " + target + ": " + e.getMessage() + "; check free space", e);
      } finally {
        if (temp != null) {
          deleteQuietly(temp);
        }
      }
      log.debug(
          "download did not verify [model={}, path={}, attempt={}, problem={}]",
          model,
          file.path(),
          attempt,
          last);
    }
    throw new FileIntegrityException(
        file.path(),
        model + ": " + file.path() + " at " + commit + " did not verify"
            + " after " + attempts + " attempt(s): " + last
            + "; nothing was kept. Run the snapshot again later; if"
            + " it persists the Hub's copy differs from its listing");
  }

  /** Writes the manifest of {@code model}'s snapshot at {@code commit}, atomically, paths sorted. */
  void writeManifest(ModelId model, String commit, List<SnapshotFile> files) {
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("model", model.value());
    manifest.put("commit", commit);
    ArrayNode list = manifest.putArray("files");
    files.stream().sorted(Comparator.comparing(SnapshotFile::path)).forEach(f -> {
      ObjectNode entry = list.addObject();
      entry.put("path", f.path());
      f.size().ifPresent(s -> entry.put("size", s));
      f.gitOid().ifPresent(o -> entry.put("oid", o));
      f.lfsSha256().ifPresent(s -> entry.put("sha256", s));
      if (isPresent(f)) {
        entry.put("blob", "blobs/" + f.blobKey().orElseThrow());
      }
    });
    Path target = root.resolve("snapshots").resolve(model.value()).resolve(commit + ".json");
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), "." + commit + "-", TEMP_SUFFIX);
      try {
        Files.write(temp, JSON.writeValueAsBytes(manifest));
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        deleteQuietly(temp);
      }
    } catch (IOException e) {
      throw new DatasetException(
          "cannot write " + target + ": " + e.getMessage() + "; check free space", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.debug("cannot delete [file={}, error={}]", file, e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      log.debug("releasing the lock failed [dir={}, error={}]", root, e.getMessage());
    }
  }

  /** Hashes and counts what is written, and stops a body longer than the listed size. */
  private static final class Verifier {
    private final SnapshotFile file;
    private final MessageDigest digest;
    private long count;
    private boolean tooLong;

    Verifier(SnapshotFile file) {
      this.file = file;
      try {
        this.digest = MessageDigest.getInstance(file.isLfs() ? "SHA-256" : "SHA-1");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JDK lacks SHA-256 or SHA-1", e);
      }
      if (!file.isLfs()) {
        // A git blob id hashes a header with the size, then the content.
        long size = file.size().orElse(0);
        digest.update(("blob " + size + "\0").getBytes(StandardCharsets.US_ASCII));
      }
    }

    OutputStream wrap(OutputStream out) {
      return new FilterOutputStream(out) {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          count += len;
          if (file.size().isPresent() && count > file.size().getAsLong()) {
            tooLong = true;
            throw new IOException("more bytes than the " + file.size().getAsLong() + " listed");
          }
          digest.update(b, off, len);
          out.write(b, off, len);
        }
      };
    }

    /** Returns what is wrong with the bytes written, or null when they are the listed ones. */
    String problem() {
      if (tooLong) {
        return "the Hub sent more bytes than the " + file.size().getAsLong() + " listed";
      }
      if (file.size().isPresent() && count != file.size().getAsLong()) {
        return "got " + count + " bytes, the listing says " + file.size().getAsLong();
      }
      String actual = HexFormat.of().formatHex(digest.digest());
      String expected = file.lfsSha256().or(file::gitOid).orElseThrow().toLowerCase(Locale.ROOT);
      if (!actual.equals(expected)) {
        return (file.isLfs() ? "sha256 " : "git blob id ") + actual + " differs from the listed "
            + expected;
      }
      return null;
    }
  }
}
