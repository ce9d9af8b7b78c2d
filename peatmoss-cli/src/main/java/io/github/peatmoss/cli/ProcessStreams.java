package io.github.peatmoss.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdout and stderr as {@link Main#main} hands them to commands: stdout is one large byte buffer,
 * written only when full or flushed (so a stream of JSON lines costs one {@code write} per
 * {@value #STDOUT_BUFFER} bytes, not one per line); stderr writes whole lines and flushes stdout first, so
 * progress and error lines never overtake the results printed before them.
 */
final class ProcessStreams {
  /** Bytes of stdout held before one {@code write} system call. */
  static final int STDOUT_BUFFER = 128 * 1024;

  private ProcessStreams() {}

  /** Returns a buffered stdout; nothing auto-flushes it. */
  static PrintWriter stdout() {
    return new PrintWriter(
        new OutputStreamWriter(
            new BufferedSink(new FileOutputStream(FileDescriptor.out), STDOUT_BUFFER),
            StandardCharsets.UTF_8),
        false);
  }

  /** Returns stderr, line-buffered, flushing {@code stdout} before each line it writes. */
  static PrintWriter stderr(Flushable stdout) {
    return new PrintWriter(new LineWriter(new FileOutputStream(FileDescriptor.err), stdout), false);
  }

  /**
   * A byte buffer in front of a file descriptor. A failed write means the reader went away (stdout has no other
   * way to fail that a command can act on): it throws {@link OutputClosedException}, which {@link PrintWriter}
   * does not swallow, so the command stops at once.
   */
  static final class BufferedSink extends OutputStream {
    private final OutputStream target;
    private final byte[] buffer;
    private int count;
    private boolean closed;

    BufferedSink(OutputStream target, int size) {
      this.target = target;
      this.buffer = new byte[size];
    }

    @Override
    public void write(int b) {
      if (count == buffer.length) {
        drain();
      }
      buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        if (count == buffer.length) {
          drain();
        }
        int n = Math.min(len, buffer.length - count);
        System.arraycopy(b, off, buffer, count, n);
        count += n;
        off += n;
        len -= n;
      }
    }

    @Override
    public void flush() {
      drain();
    }

    private void drain() {
      if (count == 0) {
        return;
      }
      if (closed) {
        count = 0;
        throw new OutputClosedException(null);
      }
      try {
        target.write(buffer, 0, count);
        target.flush();
      } catch (IOException e) {
        closed = true;
        throw new OutputClosedException(e);
      } finally {
        count = 0;
      }
    }
  }

  /** Collects characters and writes them, UTF-8 encoded, at each line end or flush, after flushing stdout. */
  static final class LineWriter extends Writer {
    private final OutputStream target;
    private final Flushable before;
    private final StringBuilder pending = new StringBuilder();

    LineWriter(OutputStream target, Flushable before) {
      this.target = target;
      this.before = before;
    }

    @Override
    public void write(char[] chars, int off, int len) {
      pending.append(chars, off, len);
      for (int i = off; i < off + len; i++) {
        if (chars[i] == '\n') {
          emit();
          return;
        }
      }
    }

    @Override
    public void flush() {
      emit();
    }

    @Override
    public void close() {
      emit();
    }

    private void emit() {
      if (pending.length() == 0) {
        return;
      }
      byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
      pending.setLength(0);
      try {
        before.flush();
      } catch (IOException | OutputClosedException e) {
        // stdout's reader is gone; the diagnostic still goes to stderr and the write that fails
        // next stops the command.
      }
      try {
        target.write(bytes);
        target.flush();
      } catch (IOException e) {
        // stderr is gone too: there is nobody left to tell.
      }
    }
  }
}
