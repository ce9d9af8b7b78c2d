import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Comment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks that every mutant excluded from mutation testing in a POM has a reason: each {@code <param>} of an
 * {@code excludedClasses} or {@code excludedMethods} list must have a one-line XML comment right above it.
 * Run by the root POM's {@code mutation} profile on each module's pom.xml: {@code java
 * CheckMutationExclusions.java pom.xml}. Exit status 1 lists the entries without a reason.
 */
public final class CheckMutationExclusions {
  private static final List<String> LISTS = List.of("excludedClasses", "excludedMethods");

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java CheckMutationExclusions.java path/to/pom.xml");
      System.exit(2);
    }
    File pom = new File(args[0]);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setIgnoringComments(false);
    factory.setExpandEntityReferences(false);
    Element root = factory.newDocumentBuilder().parse(pom).getDocumentElement();
    List<String> problems = new ArrayList<>();
    int entries = 0;
    for (String list : LISTS) {
      NodeList lists = root.getElementsByTagName(list);
      for (int i = 0; i < lists.getLength(); i++) {
        for (Node child = lists.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child.getNodeType() != Node.ELEMENT_NODE) {
            continue;
          }
          entries++;
          String entry = list + " '" + child.getTextContent().trim() + "'";
          String reason = reasonAbove(child);
          if (reason == null) {
            problems.add(entry + " has no reason: put a one-line <!-- reason --> comment right above it");
          } else if (reason.contains("\n")) {
            problems.add(entry + " has a reason of several lines: keep it to one line");
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println(pom + ": " + p));
      System.exit(1);
    }
    System.out.println(pom + ": " + entries + " mutation exclusion(s), each with a reason");
  }

  /** The text of the comment right above {@code node} (only whitespace between), or null if there is none. */
  private static String reasonAbove(Node node) {
    for (Node previous = node.getPreviousSibling(); previous != null; previous = previous.getPreviousSibling()) {
      if (previous.getNodeType() == Node.TEXT_NODE && previous.getTextContent().isBlank()) {
        continue;
      }
      if (previous instanceof Comment comment && !comment.getData().isBlank()) {
        return comment.getData().trim();
      }
      return null;
    }
    return null;
  }
}
