package io.github.peatmoss.examples;

import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.exception.RateLimitException;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.HfModelInfo;
import io.github.peatmoss.hf.HfSort;
import io.github.peatmoss.hf.HfToken;
import io.github.peatmoss.hf.ListModelsOptions;
import io.github.peatmoss.hf.ModelCard;
import java.net.URI;
import java.util.Optional;

/**
 * Lists the most downloaded models of an author on the Hugging Face Hub, maps one to PeaTMOSS values and
 * parses its model card. Usage: {@code ListHuggingFaceModels [author] [endpoint]}; set {@code HF_TOKEN} for
 * higher rate limits. Without network access it says how to point it at a mirror instead of failing.
 */
public final class ListHuggingFaceModels {
  private ListHuggingFaceModels() {}

  /** Runs the example. */
  public static void main(String[] args) {
    String author = args.length > 0 ? args[0] : "google-bert";
    HfClient.Builder builder = HfClient.builder().userAgentSuffix("peatmoss-examples");
    HfToken.fromEnvironment().ifPresent(builder::token); // HF_TOKEN, if set
    if (args.length > 1) {
      builder.endpoint(URI.create(args[1])); // a mirror or a local test server
    }
    HfClient hf = builder.build();

    ListModelsOptions options = ListModelsOptions.peatmoss().toBuilder()
        .author(author)
        .sort(HfSort.DOWNLOADS)
        .limit(5)
        .build();
    try {
      for (Page<HfModelInfo> page : hf.listModels(options).byPage()) {
        for (HfModelInfo info : page.items()) {
          Model model = info.toModel(); // as PeaTMOSS records it
          System.out.printf(
              "%-50s downloads=%-10d licenses=%s%n",
              model.id(), model.downloads().orElse(0), model.licenses());
        }
        page.continuationToken()
            .ifPresent(t -> System.out.println("resume later with byPage(\"" + t + "\")"));
        break; // one page is enough here
      }
      Optional<ModelCard> card = hf.findModelCard(ModelId.of(author + "/bert-base-uncased"))
          .map(io.github.peatmoss.hf.ModelCards::parse);
      card.ifPresent(c -> System.out.println("card sections: " + c.sections().size()
          + ", licenses: " + c.licenses() + ", eval results: " + c.evalResults().size()));
    } catch (RateLimitException e) {
      System.out.println(
          "Rate limited until " + e.resetAt().orElse(null) + "; set HF_TOKEN for a higher limit.");
    } catch (PeatmossException e) {
      System.out.println("Could not reach " + hf.endpoint() + ": " + e.getMessage());
      System.out.println(
          "Offline? Pass a mirror or local server as the second argument, for example "
              + "'ListHuggingFaceModels google-bert http://127.0.0.1:8080', and set HF_TOKEN for gated models.");
    }
  }
}
