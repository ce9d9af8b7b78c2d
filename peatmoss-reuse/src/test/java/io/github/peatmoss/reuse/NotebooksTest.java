package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.ModelId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The notebook reader: code cells only, magics blanked, JSON escapes, and where each cell starts. */
class NotebooksTest {
  @Test
  void codeCells_asStringsOrLines_areJoined_withMagicsBlanked() {
    String json = "{ \"metadata\" : {\"k\": [1, 2.5, true, null]},\n \"cells\" : [\n"
        + "  {\"cell_type\": \"markdown\", \"source\": \"# AutoModel.from_pretrained('x')\"},\n"
        + "  {\"cell_type\": \"code\", \"source\": \"import spacy\\n  %pip install x\\n!ls\"},\n"
        + "  {\"cell_type\": \"raw\", \"source\": [\"x\"]},\n"
        + "  {\"cell_type\": \"code\", \"source\": [\"a = 1\\n\", {\"x\": 7}, \"b\\t= \\\"\\u00e9\\\\\\/\\b\\f\\r\\\"\"]},\n"
        + "  {\"cell_type\": \"code\", \"source\": {\"text\": \"x\"}},\n"
        + "  {\"cell_type\": \"code\"},\n"
        + "  \"not a cell\",\n"
        + "  {\"cell_type\": \"code\", \"source\": []}\n"
        + "], \"nbformat\": 4}";

    Notebooks.Program p = Notebooks.read(json).orElseThrow();

    assertThat(p.code())
        .isEqualTo("import spacy\n\n\n" + "a = 1\nb\t= \"\u00e9\\/\b\f\r\"\n" + "\n");
    assertThat(p.cellIndex()).containsExactly(1, 3, 7);
    assertThat(p.firstLine()).containsExactly(1, 4, 6);
    assertThat(p.locate(1)).containsExactly(1, 1);
    assertThat(p.locate(3)).containsExactly(1, 3);
    assertThat(p.locate(4)).containsExactly(3, 1);
    assertThat(p.locate(5)).containsExactly(3, 2);
    assertThat(p.locate(6)).containsExactly(7, 1);
  }

  @Test
  void whitespaceInsideEmptyObjectsAndListsAndAfterValues_isSkipped() {
    Notebooks.Program p = Notebooks.read(
            "{\"metadata\": { }, \"tags\": [ ], \"cells\": [ "
                + "{\"cell_type\": \"code\", \"source\": \"x\"} , {\"cell_type\": \"code\", \"source\": \"y\"} ]}")
        .orElseThrow();
    assertThat(p.code()).isEqualTo("x\ny\n");
    assertThat(p.cellIndex()).containsExactly(0, 1);
  }

  @Test
  void findings_areOrderedByCellThenLine_andCellZeroIsACell() {
    String json =
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"from transformers import AutoModel\\n\","
            + " \"a = AutoModel.from_pretrained('acme/zero')\"]},"
            + "{\"cell_type\": \"code\", \"source\": [\"\\n\", \"\\n\", \"b = AutoModel.from_pretrained('./one')\"]},"
            + "{\"cell_type\": \"code\", \"source\": \"# AutoModel.from_pretrained('acme/two')\"}]}";
    ScanResult r = ReuseDetector.create().scan("nb.ipynb", json);
    assertThat(r.uses())
        .extracting(u -> u.cell() + " " + u.line())
        .containsExactly("OptionalInt[0] 2");
    assertThat(r.rejected())
        .extracting(c -> c.cell() + " " + c.line() + " " + c.reason())
        .containsExactly("OptionalInt[1] 3 LOCAL_PATH", "OptionalInt[2] 1 IN_COMMENT");
    ScanResult py = ReuseDetector.create()
        .scan(
            "a.py",
            "from transformers import AutoModel\nAutoModel.from_pretrained('./x')  # from_pretrained('acme/c')\n");
    assertThat(py.rejected())
        .extracting(c -> c.cell() + " " + c.column() + " " + c.reason())
        .containsExactly("OptionalInt.empty 1 LOCAL_PATH", "OptionalInt.empty 37 IN_COMMENT");
  }

  @Test
  void aNotebookWithoutCodeCells_locatesLinesAsThemselves() {
    Notebooks.Program p = Notebooks.read("{\"cells\": []}").orElseThrow();
    assertThat(p.code()).isEmpty();
    assertThat(p.locate(4)).containsExactly(0, 4);
  }

  @Test
  void emptyObjects_andEmptyLists_areRead() {
    Notebooks.Program p = Notebooks.read(
            "{\"metadata\": {}, \"cells\": [{}, {\"cell_type\": \"code\", \"source\": \"x = {}\"}]}")
        .orElseThrow();
    assertThat(p.code()).isEqualTo("x = {}\n");
    assertThat(p.cellIndex()).containsExactly(1);
  }

  @Test
  void whatIsNotANotebook_isEmpty() {
    for (String text : List.of(
        "",
        "   ",
        "[]",
        "{}",
        "{\"cells\": {}}",
        "{\"cells\": \"x\"}",
        "\"cells\"",
        "{\"cells\": [}",
        "{\"cells\" []}",
        "{\"cells\": [1 2]}",
        "{\"cells\": [1], \"x\" 2}",
        "{cells: []}",
        "{\"cells\": [\"\\u12\"]}",
        "{\"cells\": [\"unterminated",
        "{\"cells\": [,]}",
        "{\"a\": " + "[".repeat(513) + "]".repeat(513) + ", \"cells\": []}")) {
      assertThat(Notebooks.read(text)).as(text).isEqualTo(Optional.empty());
    }
    assertThat(Notebooks.read("{\"a\": " + "[".repeat(512) + "]".repeat(512) + ", \"cells\": []}"))
        .isPresent();
  }

  @Test
  void scan_aNotebook_reportsUsesAndRejectionsByCell() {
    String json =
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"from transformers import AutoModel\\n\"]},"
            + "{\"cell_type\": \"markdown\", \"source\": \"text\"},"
            + "{\"cell_type\": \"code\", \"source\": [\"m = AutoModel.from_pretrained('./ckpt')\\n\","
            + " \"n = AutoModel.from_pretrained('acme/widget')\"]}]}";
    ScanResult result = ReuseDetector.create().scan("nb.ipynb", json);
    assertThat(result.uses()).singleElement().satisfies(u -> {
      assertThat(u.model()).isEqualTo(ModelId.of("acme/widget"));
      assertThat(u.cell()).hasValue(2);
      assertThat(u.line()).isEqualTo(2);
      assertThat(u.column()).isEqualTo(5);
    });
    assertThat(result.rejected()).singleElement().satisfies(r -> {
      assertThat(r.cell()).hasValue(2);
      assertThat(r.line()).isEqualTo(1);
      assertThat(r.reason()).isEqualTo(RejectReason.LOCAL_PATH);
    });
  }
}
