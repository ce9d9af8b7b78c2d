package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared output path: buffering, flush points, broken pipes, streamed stdin. */
class OutputPathTest {
  private final java.io.InputStream originalStdin = StdinLines.stdin;

  @AfterEach
  void restoreStdin() {
    StdinLines.stdin = originalStdin;
  }

  /** Counts the write calls that reach the "file descriptor". */
  static final class CountingStream extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int writes;
    boolean broken;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (broken) {
        throw new IOException("Broken pipe");
      }
      writes++;
      bytes.write(b, off, len);
    }
  }

  private static PrintWriter stdout(CountingStream target) {
    return new PrintWriter(
        new OutputStreamWriter(
            new ProcessStreams.BufferedSink(target, ProcessStreams.STDOUT_BUFFER),
            StandardCharsets.UTF_8),
        false);
  }

  record Row(String id, long downloads, List<String> tags) {}

  @Test
  void jsonLines_areWrittenInLargeBlocks_notOneWritePerLine() {
    CountingStream fd = new CountingStream();
    PrintWriter out = stdout(fd);
    for (int i = 0; i < 50_000; i++) {
      Output.jsonLine(out, new Row("org/model-" + i, i, List.of("a", "b")));
    }
    out.flush();
    int size = fd.bytes.size();
    assertThat(size).isGreaterThan(2_000_000);
    assertThat(fd.writes).isLessThanOrEqualTo(size / (64 * 1024) + 1);
    String text = fd.bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("{\"id\":\"org/model-0\",\"downloads\":0,\"tags\":[\"a\",\"b\"]}\n")
        .endsWith("{\"id\":\"org/model-49999\",\"downloads\":49999,\"tags\":[\"a\",\"b\"]}\n");
    assertThat(text.lines()).hasSize(50_000);
  }

  @Test
  void nothingIsWrittenUntilFlushed_andStderrFlushesStdoutFirst() {
    CountingStream fd = new CountingStream();
    PrintWriter out = stdout(fd);
    List<String> order = new ArrayList<>();
    PrintWriter err = new PrintWriter(
        new ProcessStreams.LineWriter(
            new OutputStream() {
              @Override
              public void write(int b) {
                throw new AssertionError("whole lines only");
              }

              @Override
              public void write(byte[] b, int off, int len) {
                order.add("stderr after " + fd.bytes.size() + " bytes of stdout: "
                    + new String(b, off, len, StandardCharsets.UTF_8).strip());
              }
            },
            out),
        false);
    out.println("result 1");
    assertThat(fd.writes).isZero();
    err.print("progress");
    assertThat(order).isEmpty();
    err.println(": 1 model");
    assertThat(order).containsExactly("stderr after 9 bytes of stdout: progress: 1 model");
  }

  @Test
  void aClosedReader_stopsTheNextWriteWithOutputClosed() {
    CountingStream fd = new CountingStream();
    fd.broken = true;
    PrintWriter out = stdout(fd);
    out.println("fits in the buffer");
    assertThatThrownBy(out::flush).isInstanceOf(OutputClosedException.class);
    assertThatThrownBy(() -> {
          for (int i = 0; i < 1_000_000; i++) {
            Output.jsonLine(out, new Row("x", i, List.of()));
          }
        })
        .isInstanceOf(OutputClosedException.class);
  }

  @Test
  void aCommandWhoseOutputIsClosed_endsWithExitZero_andSaysNothing() {
    StringWriter err = new StringWriter();
    CountingStream fd = new CountingStream();
    fd.broken = true;
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      lines.append("MIT\n");
    }
    StdinLines.stdin =
        new java.io.ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(Main.run(
            new String[] {"licenses", "normalize", "--json", "-"},
            stdout(fd),
            new PrintWriter(err)))
        .isZero();
    assertThat(err.toString()).isEmpty();
  }

  /** Standard input fed a line at a time: each result must be out before the next line is written. */
  @Test
  void stdinCommand_printsEachResultBeforeTheNextLineArrives() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    StdinLines.stdin = new PipedInputStream(feed, 1 << 16);
    LinkedBlockingQueue<String> flushed = new LinkedBlockingQueue<>();
    Writer sink = new Writer() {
      private final StringBuilder pending = new StringBuilder();

      @Override
      public void write(char[] chars, int off, int len) {
        pending.append(chars, off, len);
      }

      @Override
      public void flush() {
        if (pending.length() > 0) {
          flushed.add(pending.toString());
          pending.setLength(0);
        }
      }

      @Override
      public void close() {
        flush();
      }
    };
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(
        new String[] {"licenses", "check", "--json", "-"},
        new PrintWriter(sink, false),
        new PrintWriter(new StringWriter())));
    String[] inputs = {"MIT\tApache-2.0", "\t", "GPL-3.0-only\tMIT"};
    for (String input : inputs) {
      feed.write((input + "\n").getBytes(StandardCharsets.UTF_8));
      feed.flush();
      String result = flushed.poll(60, TimeUnit.SECONDS);
      assertThat(result)
          .as("the result of %s, flushed while stdin is still open", input)
          .isNotNull();
      assertThat(Output.JSON.readTree(result).get("input").asText()).isEqualTo(input);
    }
    feed.close();
    assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(1);
  }
}
