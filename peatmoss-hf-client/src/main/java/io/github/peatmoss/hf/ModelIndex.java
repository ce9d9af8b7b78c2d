package io.github.peatmoss.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flattens a card's {@code model-index} into one {@link EvalResult} per metric, as the Hub's own client does.
 * A result missing a required key ({@code task.type}, {@code dataset.type}, {@code dataset.name}, a metric's
 * {@code type} or {@code value}) is dropped with a warning; the others are kept.
 */
final class ModelIndex {
  private ModelIndex() {}

  static List<EvalResult> flatten(Object modelIndex, List<String> warnings) {
    List<EvalResult> results = new ArrayList<>();
    if (modelIndex == null) {
      return results;
    }
    if (!(modelIndex instanceof List)) {
      warnings.add("model-index is not a list; ignored");
      return results;
    }
    int entryNo = 0;
    for (Object entryObject : (List<?>) modelIndex) {
      entryNo++;
      Map<String, Object> entry = Values.map(entryObject);
      Optional<String> modelName = Values.string(entry, "name");
      int resultNo = 0;
      for (Object resultObject : Values.list(entry.get("results"))) {
        resultNo++;
        String where = "model-index[" + entryNo + "].results[" + resultNo + "]";
        Map<String, Object> result = Values.map(resultObject);
        Map<String, Object> task = Values.map(result.get("task"));
        Map<String, Object> dataset = Values.map(result.get("dataset"));
        Map<String, Object> source = Values.map(result.get("source"));
        Optional<String> taskType = Values.string(task, "type");
        Optional<String> datasetType = Values.string(dataset, "type");
        Optional<String> datasetName = Values.string(dataset, "name");
        if (taskType.isEmpty() || datasetType.isEmpty() || datasetName.isEmpty()) {
          warnings.add(where + " lacks "
              + (taskType.isEmpty()
                  ? "task.type"
                  : datasetType.isEmpty() ? "dataset.type" : "dataset.name")
              + "; dropped");
          continue;
        }
        Optional<String> sourceUrl = Values.string(source, "url");
        Optional<String> sourceName = Values.string(source, "name");
        if (sourceName.isPresent() && sourceUrl.isEmpty()) {
          warnings.add(where + ".source has a name but no url; source ignored");
          sourceName = Optional.empty();
        }
        int metricNo = 0;
        for (Object metricObject : Values.list(result.get("metrics"))) {
          metricNo++;
          Map<String, Object> metric = Values.map(metricObject);
          Optional<String> type = Values.string(metric, "type");
          Optional<String> value = Values.scalar(metric.get("value"));
          if (type.isEmpty() || value.isEmpty()) {
            warnings.add(where + ".metrics[" + metricNo + "] lacks "
                + (type.isEmpty() ? "type" : "value") + "; dropped");
            continue;
          }
          Object verified = metric.get("verified");
          results.add(EvalResult.builder()
              .modelName(modelName)
              .taskType(taskType.get())
              .taskName(Values.string(task, "name"))
              .datasetType(datasetType.get())
              .datasetName(datasetName.get())
              .datasetConfig(Values.string(dataset, "config"))
              .datasetSplit(Values.string(dataset, "split"))
              .datasetRevision(Values.string(dataset, "revision"))
              .metricType(type.get())
              .metricValue(value.get())
              .metricName(Values.string(metric, "name"))
              .verified(verified instanceof Boolean b ? Optional.of(b) : Optional.empty())
              .sourceName(sourceName)
              .sourceUrl(sourceUrl)
              .build());
        }
      }
    }
    return results;
  }
}
