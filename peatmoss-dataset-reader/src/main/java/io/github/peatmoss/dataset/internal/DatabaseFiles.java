package io.github.peatmoss.dataset.internal;

import io.github.peatmoss.dataset.DatasetException;
import io.github.peatmoss.dataset.InvalidDatabaseException;
import io.github.peatmoss.dataset.InvalidDatabaseException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a file before SQLite opens it, reading only its first 100 bytes, so that a file that is missing,
 * empty, not SQLite or truncated fails with a message naming the problem rather than a SQLite error code.
 * Thread-safe.
 */
public final class DatabaseFiles {
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_SIZE = 100;

  private DatabaseFiles() {}

  /**
   * Checks that {@code file} looks like a complete SQLite database.
   *
   * @throws InvalidDatabaseException if it is missing, empty, not SQLite, or shorter than its header says
   * @throws DatasetException if it cannot be read
   */
  public static void checkHeader(Path file) {
    if (!Files.isRegularFile(file)) {
      throw invalid(
          Problem.NOT_FOUND,
          file,
          "no PeaTMOSS database at " + file
              + ": check the path (download PeaTMOSS.db from the PeaTMOSS Globus share, or use the bundled sample)");
    }
    long size;
    byte[] header = new byte[HEADER_SIZE];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      read = in.readNBytes(header, 0, HEADER_SIZE);
    } catch (IOException e) {
      throw new DatasetException(
          "cannot read " + file + ": " + e.getMessage() + "; check that the file is readable", e);
    }
    if (size == 0) {
      throw invalid(
          Problem.EMPTY,
          file,
          file + " is empty (0 bytes), not a PeaTMOSS database:"
              + " the download or copy did not finish; fetch the file again");
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (i >= read || header[i] != MAGIC[i]) {
        throw invalid(
            Problem.NOT_SQLITE,
            file,
            file + " is not a SQLite database (it does not start with"
                + " 'SQLite format 3'); PeaTMOSS is distributed as a SQLite file: unzip it first if it is an archive");
      }
    }
    if (read < HEADER_SIZE) {
      throw invalid(
          Problem.TRUNCATED,
          file,
          file + " is truncated: " + size
              + " bytes, shorter than the 100-byte SQLite header; fetch the file again");
    }
    int pageSize = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
    if (pageSize == 1) {
      pageSize = 65536;
    }
    long pages = readInt(header, 28);
    boolean pagesValid = readInt(header, 24) == readInt(header, 92) && pages != 0;
    if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
      throw invalid(
          Problem.CORRUPT,
          file,
          file + " has a damaged SQLite header (page size " + pageSize + "); fetch the file again");
    }
    if (size % pageSize != 0 || (pagesValid && size < pages * pageSize)) {
      long expected = pagesValid ? pages * pageSize : ((size / pageSize) + 1) * pageSize;
      throw invalid(
          Problem.TRUNCATED,
          file,
          file + " is truncated: " + size + " bytes, but its SQLite header" + " says at least "
              + expected + "; the download or copy did not finish; fetch the file again");
    }
  }

  private static long readInt(byte[] b, int offset) {
    return ((b[offset] & 0xffL) << 24)
        | ((b[offset + 1] & 0xffL) << 16)
        | ((b[offset + 2] & 0xffL) << 8)
        | (b[offset + 3] & 0xffL);
  }

  private static InvalidDatabaseException invalid(Problem problem, Path file, String message) {
    return new InvalidDatabaseException(problem, file, message, List.of(), null);
  }
}
