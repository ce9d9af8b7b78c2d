package io.github.peatmoss.pytorchhub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A local stand-in for GitHub's contents API and raw file hosting, serving a pytorch/hub-like repository (model
 * pages, a README, a folder) and one repository's {@code hubconf.py}, in GitHub's wire shapes. Thread-safe.
 */
public final class FakePytorchHub extends Dispatcher {
  private final Map<String, String> files = new LinkedHashMap<>();
  private final Queue<String> requests = new ConcurrentLinkedQueue<>();

  /** Serves the project's fixture pages plus {@code generated} more synthetic pages. */
  public FakePytorchHub(int generated) {
    files.put("acme_vision_widenet.md", fixture("acme_vision_widenet.md"));
    files.put("someone_detector_tinydet.md", fixture("someone_detector_tinydet.md"));
    files.put("README.md", "# PyTorch Hub\n\nNot a model page: torch.hub.load('x/y', 'z')\n");
    for (int i = 0; i < generated; i++) {
      String name = String.format("lab%02d_repo%02d_model.md", i, i);
      files.put(
          name,
          "---\nlayout: hub_detail\ntitle: Model " + i + "\nsummary: Generated\nauthor: Lab " + i
              + "\ncategory: researchers\ntags: [audio]\ngithub-id: lab" + i + "/repo" + i
              + "\naccelerator: cuda\n---\n\n"
              + "```python\nimport torch\nm = torch.hub.load('lab" + i + "/repo" + i + "', 'model_"
              + i + "')\n```\n");
    }
  }

  /** Returns every request target received, in order. */
  public List<String> requests() {
    return new ArrayList<>(requests);
  }

  static String fixture(String name) {
    try (InputStream in = FakePytorchHub.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request.getTarget());
    String path = request.getUrl().encodedPath();
    if (path.equals("/repos/pytorch/hub/contents")) {
      ArrayNode listing = JsonNodeFactory.instance.arrayNode();
      listing.addObject().put("name", "images").put("path", "images").put("type", "dir");
      for (String name : files.keySet()) {
        listing
            .addObject()
            .put("name", name)
            .put("path", name)
            .put("type", "file")
            .put("size", files.get(name).length())
            .put("download_url", "https://raw.githubusercontent.com/pytorch/hub/master/" + name);
      }
      return new MockResponse.Builder()
          .setHeader("Content-Type", "application/json; charset=utf-8")
          .setHeader("X-RateLimit-Limit", "60")
          .setHeader("X-RateLimit-Remaining", "59")
          .setHeader("X-RateLimit-Reset", "1900000000")
          .setHeader("X-RateLimit-Resource", "core")
          .body(listing.toString())
          .build();
    }
    if (path.startsWith("/pytorch/hub/master/")) {
      String file = files.get(path.substring("/pytorch/hub/master/".length()));
      if (file != null) {
        return new MockResponse.Builder()
            .setHeader("Content-Type", "text/plain; charset=utf-8")
            .body(file)
            .build();
      }
    }
    if (path.equals("/acme/vision/master/hubconf.py")) {
      return new MockResponse.Builder().body(fixture("hubconf.py")).build();
    }
    return new MockResponse.Builder().code(404).body("404: Not Found").build();
  }
}
