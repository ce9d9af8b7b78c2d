package io.github.peatmoss.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peatmoss.dataset.InvalidDatabaseException;
import io.github.peatmoss.dataset.InvalidDatabaseException.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header check on files built byte by byte: each field of SQLite's 100-byte header that the check reads
 * (magic, page size, page count and the version numbers that make it valid), at and beside its boundaries.
 */
class DatabaseFilesTest {
  @TempDir
  Path tmp;

  /** A 100-byte header: magic, page size (1 means 65536), change counter 24 and valid-for 92, page count 28. */
  private static byte[] header(int pageSizeField, long pages, boolean pagesValid) {
    byte[] h = new byte[100];
    byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(magic, 0, h, 0, magic.length);
    h[16] = (byte) (pageSizeField >> 8);
    h[17] = (byte) pageSizeField;
    putInt(h, 24, 0x01020304L);
    putInt(h, 92, pagesValid ? 0x01020304L : 0x01020305L);
    putInt(h, 28, pages);
    return h;
  }

  private static void putInt(byte[] b, int offset, long value) {
    b[offset] = (byte) (value >> 24);
    b[offset + 1] = (byte) (value >> 16);
    b[offset + 2] = (byte) (value >> 8);
    b[offset + 3] = (byte) value;
  }

  /** A file of {@code size} bytes starting with {@code header}. */
  private Path file(byte[] header, long size) throws Exception {
    byte[] bytes = new byte[(int) size];
    System.arraycopy(header, 0, bytes, 0, Math.min(header.length, bytes.length));
    return Files.write(tmp.resolve("db-" + size + ".db"), bytes);
  }

  private static InvalidDatabaseException fails(Path file) {
    Throwable thrown = catchThrowable(() -> DatabaseFiles.checkHeader(file));
    assertThat(thrown).isInstanceOf(InvalidDatabaseException.class);
    InvalidDatabaseException e = (InvalidDatabaseException) thrown;
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.missingTables()).isEmpty();
    return e;
  }

  @Test
  void aCompleteFile_passes_atEachValidPageSize() throws Exception {
    for (int pageSize : new int[] {512, 1024, 4096, 32768}) {
      DatabaseFiles.checkHeader(file(header(pageSize, 3, true), 3L * pageSize));
    }
  }

  @Test
  void pageSizeField1_means65536() throws Exception {
    DatabaseFiles.checkHeader(file(header(1, 1, true), 65536));
    InvalidDatabaseException e = fails(file(header(1, 2, true), 65536));
    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(e).hasMessageContaining("65536 bytes, but its SQLite header says at least 131072");
  }

  @Test
  void aPageSizeThatIsNotAPowerOfTwo_isCorrupt() throws Exception {
    InvalidDatabaseException e = fails(file(header(1000, 1, true), 1000));
    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
    assertThat(e)
        .hasMessageContaining("has a damaged SQLite header (page size 1000)")
        .hasMessageContaining("fetch the file again");
  }

  @Test
  void aPageSizeBelow512_isCorrupt() throws Exception {
    InvalidDatabaseException e = fails(file(header(256, 2, true), 512));
    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
    assertThat(e).hasMessageContaining("(page size 256)");
  }

  @Test
  void aSizeNotAWholeNumberOfPages_isTruncated_expectingTheNextWholePage() throws Exception {
    // Page count not valid (versions differ): the expected size is the next whole page.
    InvalidDatabaseException e = fails(file(header(1024, 9, false), 2500));
    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(e)
        .hasMessage(tmp.resolve("db-2500.db")
            + " is truncated: 2500 bytes, but its SQLite header says at least"
            + " 3072; the download or copy did not finish; fetch the file again");
  }

  @Test
  void aSizeNotAWholeNumberOfPages_withAValidPageCount_expectsThePageCount() throws Exception {
    InvalidDatabaseException e = fails(file(header(1024, 4, true), 2500));
    assertThat(e).hasMessageContaining("2500 bytes, but its SQLite header says at least 4096");
  }

  @Test
  void fewerPagesThanTheValidPageCount_isTruncated() throws Exception {
    InvalidDatabaseException e = fails(file(header(1024, 3, true), 2048));
    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(e).hasMessageContaining("2048 bytes, but its SQLite header says at least 3072");
  }

  @Test
  void exactlyThePagesTheHeaderCounts_passes_andMorePagesToo() throws Exception {
    DatabaseFiles.checkHeader(file(header(1024, 3, true), 3072));
    DatabaseFiles.checkHeader(file(header(1024, 3, true), 4096));
  }

  @Test
  void aPageCountThatIsNotValid_isIgnored() throws Exception {
    // Versions at 24 and 92 differ (written by an old SQLite): the count in the header is stale.
    DatabaseFiles.checkHeader(file(header(1024, 50, false), 2048));
  }

  @Test
  void aZeroPageCount_isIgnored() throws Exception {
    DatabaseFiles.checkHeader(file(header(1024, 0, true), 2048));
  }

  @Test
  void theHighBytesOfThePageCount_count() throws Exception {
    // 0x01000001 pages: far more than the file has, read only if every byte of the field is used.
    InvalidDatabaseException e = fails(file(header(512, 0x01000001L, true), 1024));
    assertThat(e).hasMessageContaining("says at least " + 0x01000001L * 512);
    InvalidDatabaseException e2 = fails(file(header(512, 0x00010001L, true), 1024));
    assertThat(e2).hasMessageContaining("says at least " + 0x00010001L * 512);
    InvalidDatabaseException e3 = fails(file(header(512, 0x00000101L, true), 1024));
    assertThat(e3).hasMessageContaining("says at least " + 0x00000101L * 512);
  }

  @Test
  void theMagicAlone_isTruncatedWithItsSize() throws Exception {
    byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    Path file = Files.write(tmp.resolve("short.db"), magic);
    InvalidDatabaseException e = fails(file);
    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(e)
        .hasMessage(file + " is truncated: 16 bytes, shorter than the 100-byte SQLite header;"
            + " fetch the file again");
  }

  @Test
  void ninetyNineBytesOfHeader_isTruncated_andAHundredIsEnough() throws Exception {
    byte[] h = header(512, 1, true);
    assertThat(fails(file(h, 99)).problem()).isEqualTo(Problem.TRUNCATED);
    // 100 bytes of a 512-byte page: not a whole page, so truncated for the page size, not the
    // header.
    assertThat(fails(file(h, 100))).hasMessageContaining("says at least 512");
  }

  @Test
  void aPrefixOfTheMagic_isNotSqlite() throws Exception {
    Path file =
        Files.write(tmp.resolve("prefix.db"), "SQLite for".getBytes(StandardCharsets.US_ASCII));
    InvalidDatabaseException e = fails(file);
    assertThat(e.problem()).isEqualTo(Problem.NOT_SQLITE);
    assertThat(e)
        .hasMessage(file + " is not a SQLite database (it does not start with 'SQLite format 3');"
            + " PeaTMOSS is distributed as a SQLite file: unzip it first if it is an archive");
  }

  @Test
  void theMagicWithoutItsNulByte_isNotSqlite() throws Exception {
    // The bytes past the end of the file must not stand in for the magic's final NUL.
    Path file =
        Files.write(tmp.resolve("nonul.db"), "SQLite format 3".getBytes(StandardCharsets.US_ASCII));
    assertThat(fails(file).problem()).isEqualTo(Problem.NOT_SQLITE);
  }

  @Test
  void theMagicWithItsLastByteWrong_isNotSqlite() throws Exception {
    byte[] h = header(512, 1, true);
    h[15] = ' ';
    assertThat(fails(file(h, 512)).problem()).isEqualTo(Problem.NOT_SQLITE);
  }

  @Test
  void aFolder_isNotFound_andAnEmptyFileIsEmpty() throws Exception {
    Path folder = Files.createDirectory(tmp.resolve("folder.db"));
    InvalidDatabaseException e = fails(folder);
    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
    assertThat(e)
        .hasMessage(
            "no PeaTMOSS database at " + folder + ": check the path (download PeaTMOSS.db from"
                + " the PeaTMOSS Globus share, or use the bundled sample)");
    Path empty = Files.createFile(tmp.resolve("empty.db"));
    InvalidDatabaseException e2 = fails(empty);
    assertThat(e2.problem()).isEqualTo(Problem.EMPTY);
    assertThat(e2)
        .hasMessage(
            empty + " is empty (0 bytes), not a PeaTMOSS database: the download or copy did not"
                + " finish; fetch the file again");
  }
}
