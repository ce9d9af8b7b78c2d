package io.github.peatmoss.examples;

import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.pytorchhub.HubConf;
import io.github.peatmoss.pytorchhub.PytorchHubClient;
import io.github.peatmoss.pytorchhub.PytorchHubEntry;
import java.net.URI;
import java.util.Optional;

/**
 * Lists PyTorch Hub's model pages and the entrypoints of torchvision's {@code hubconf.py}. Usage: {@code
 * ListPytorchHubModels [endpoint]}; the endpoint serves GitHub's contents API and raw files (a mirror or a
 * local server). Without network access it says so instead of failing.
 */
public final class ListPytorchHubModels {
  private ListPytorchHubModels() {}

  /** Runs the example. */
  public static void main(String[] args) {
    PytorchHubClient hub = args.length > 0
        ? PytorchHubClient.builder().endpoint(URI.create(args[0])).build()
        : PytorchHubClient.create(); // or .builder().endpoint(URI.create(mirror))
    try {
      for (PytorchHubEntry page : hub.listEntries()) {
        System.out.println(page.file() + ": " + page.title().orElse("?") + " loads "
            + page.loadCalls().size());
      }
      HubConf conf =
          hub.getHubConf(RepoRef.of("pytorch", "vision"), Optional.empty()); // main, else master
      System.out.println("pytorch/vision entrypoints: " + conf.entrypoints().size());
    } catch (PeatmossException e) {
      System.out.println("Could not read PyTorch Hub: " + e.getMessage());
      System.out.println(
          "Offline? Pass a mirror or local server as the first argument; set GITHUB_TOKEN for"
              + " higher GitHub limits.");
    }
  }
}
