package org.ruralwater.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The coordinates embedders use: the BOM manages every library module and nothing else, and README's "Use it
 * from Maven" shows the lines of the consumer project that CI builds against the installed artifacts.
 */
class BomTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static Document pom(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** The text of the project's own child element (not a parent's or a dependency's). */
    private static String own(Document pom, String element) {
        for (Node n = pom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(element)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    /** group:artifact:version of each dependency under dependencyManagement. */
    private static List<String> managed(Document pom) {
        List<String> out = new ArrayList<>();
        NodeList deps = pom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            if (((Element) d.getParentNode().getParentNode()).getTagName().equals("dependencyManagement")) {
                out.add(text(d, "groupId") + ":" + text(d, "artifactId") + ":" + text(d, "version"));
            }
        }
        return out;
    }

    private static String text(Element e, String child) {
        NodeList l = e.getElementsByTagName(child);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
    }

    @Test
    void theBomManagesEveryLibraryModuleAtTheProjectVersionAndNothingElse() throws Exception {
        Document bom = pom(ROOT.resolve("bom/pom.xml"));
        Document root = pom(ROOT.resolve("pom.xml"));

        assertThat(own(bom, "parent"))
                .as("the BOM has no parent, so importing it pins nothing but ruralwater")
                .isEmpty();
        assertThat(own(bom, "version")).isEqualTo(own(root, "version"));
        assertThat(managed(bom))
                .containsExactlyInAnyOrderElementsOf(LibraryModule.all().stream()
                        .map(m -> "org.ruralwater:ruralwater-" + m.name() + ":${project.version}")
                        .toList());
    }

    @Test
    void theConsumerImportsTheBomOfThisVersion() throws Exception {
        Document consumer = pom(ROOT.resolve("examples/consumer/pom.xml"));
        String version = own(pom(ROOT.resolve("pom.xml")), "version");

        assertThat(managed(consumer)).contains("org.ruralwater:ruralwater-bom:" + version);
    }

    @Test
    void readmeShowsTheConsumersMavenLinesAsWritten() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String consumer = Files.readString(ROOT.resolve("examples/consumer/pom.xml"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Use it from Maven");
        assertThat(section).as("README section \"Use it from Maven\"").isNotNegative();
        int next = readme.indexOf("\n## ", section + 1);
        String text = readme.substring(section, next < 0 ? readme.length() : next);

        Matcher xml = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL).matcher(text);
        int blocks = 0;
        while (xml.find()) {
            blocks++;
            assertThat(squeeze(consumer))
                    .as("examples/consumer/pom.xml holds README's block\n" + xml.group(1))
                    .contains(squeeze(xml.group(1)));
        }
        assertThat(blocks).as("xml blocks in the section").isGreaterThanOrEqualTo(2);
    }

    /** The XML with the whitespace between lines removed, so that indentation may differ. */
    private static String squeeze(String xml) {
        return xml.replaceAll("\\s*\\n\\s*", "");
    }
}
