package io.github.peatmoss.github;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/** Reads the test fixtures (written for these tests in GitHub's wire shapes) and wraps them in responses. */
final class Fixtures {
  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse.Builder json(String name) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setHeader("X-RateLimit-Limit", 5000)
        .setHeader("X-RateLimit-Remaining", 4999)
        .setHeader("X-RateLimit-Reset", 1_795_000_000L)
        .setHeader("X-RateLimit-Resource", "core")
        .body(read(name));
  }
}
