package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket from the JDK's own HTTP client, no WebDriver):
 * loads a page, collects console errors, uncaught exceptions and failed loads, evaluates scripts, takes
 * screenshots. Waits are bounded future waits, never sleeps. Test code only.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Void> loaded = new CompletableFuture<>();
  private final String session;

  /** Returns the Chromium executable on the PATH, if any. */
  static Optional<Path> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : new String[] {"chromium", "chromium-browser", "google-chrome", "chrome"}) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  HeadlessChromium(Path executable, int width, int height) throws Exception {
    profile = Files.createTempDirectory("peatmoss-chromium-");
    process = new ProcessBuilder(
            executable.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--remote-debugging-port=0",
            "--user-data-dir=" + profile,
            "--window-size=" + width + "," + height,
            "about:blank")
        .redirectErrorStream(true)
        .start();
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread reader = new Thread(
        () -> {
          try (BufferedReader lines = new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null) {
              Matcher m = LISTENING.matcher(line);
              if (m.find()) {
                endpoint.complete(m.group(1));
              } else if (!endpoint.isDone()) {
                seen.append(line).append('\n');
              }
            }
            endpoint.completeExceptionally(
                new IOException("Chromium exited before listening:\n" + seen));
          } catch (IOException e) {
            endpoint.completeExceptionally(e);
          }
        },
        "chromium-output");
    reader.setDaemon(true);
    reader.start();
    String url = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    socket = HttpClient.newHttpClient()
        .newWebSocketBuilder()
        .buildAsync(URI.create(url), new Listener())
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    String target = call(null, "Target.createTarget", Map.of("url", "about:blank"))
        .get("targetId")
        .asText();
    session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .get("sessionId")
        .asText();
    call(session, "Runtime.enable", Map.of());
    call(session, "Log.enable", Map.of());
    call(session, "Page.enable", Map.of());
    call(
        session,
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Opens {@code page} and waits for its load event. */
  void load(Path page) throws Exception {
    JsonNode result = call(session, "Page.navigate", Map.of("url", page.toUri().toString()));
    if (result.has("errorText")) {
      throw new IOException(
          "Chromium could not open " + page + ": " + result.get("errorText").asText());
    }
    loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Evaluates {@code expression} in the page (awaiting it if it is a promise) and returns its value. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = call(
        session,
        "Runtime.evaluate",
        Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("the script failed: " + result.get("exceptionDetails"));
    }
    return result.get("result").get("value");
  }

  /** Takes a PNG of the whole page (the viewport is stretched to the page's height first). */
  byte[] screenshot(int width) throws Exception {
    int height = evaluate("document.documentElement.scrollHeight").asInt();
    call(
        session,
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
    String data = call(session, "Page.captureScreenshot", Map.of("format", "png"))
        .get("data")
        .asText();
    return Base64.getDecoder().decode(data);
  }

  /** Returns the console errors, uncaught exceptions and failed loads seen so far. */
  List<String> errors() {
    return new ArrayList<>(errors);
  }

  private JsonNode call(String sessionId, String method, Map<String, Object> params)
      throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id).put("method", method).set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket
        .sendText(JSON.writeValueAsString(message), true)
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IOException(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  private void handle(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    String method = message.path("method").asText();
    JsonNode params = message.path("params");
    switch (method) {
      case "Page.loadEventFired":
        loaded.complete(null);
        break;
      case "Runtime.consoleAPICalled":
        if ("error".equals(params.path("type").asText())
            || "assert".equals(params.path("type").asText())) {
          errors.add("console." + params.path("type").asText() + ": " + params.path("args"));
        }
        break;
      case "Runtime.exceptionThrown":
        errors.add("uncaught: " + params.path("exceptionDetails"));
        break;
      case "Log.entryAdded":
        if ("error".equals(params.path("entry").path("level").asText())) {
          errors.add("log: " + params.path("entry").path("text").asText() + " "
              + params.path("entry").path("url").asText());
        }
        break;
      default:
        break;
    }
  }

  /** Collects WebSocket text frames into messages. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          handle(JSON.readTree(partial.toString()));
        } catch (IOException e) {
          errors.add("unreadable DevTools message: " + e.getMessage());
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try (var files = Files.walk(profile)) {
        files
            .sorted(java.util.Comparator.reverseOrder())
            .forEach(p -> p.toFile().delete());
      }
    }
  }
}
