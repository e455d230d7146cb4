package org.ruralwater.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every README example is the body of a module's {@code ReadmeExamplesTest}, word for word, so the README
 * cannot show code that does not compile or no longer passes.
 */
class ReadmeExamplesAreTestedTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void eachModulesReadmeExampleAppearsInTheReadmeAsWritten() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<Path> examples = new ArrayList<>();
        for (ReactorModule m : ReactorModule.all()) {
            Path tests = ROOT.resolve(m.name()).resolve("src/test/java");
            if (Files.isDirectory(tests)) {
                try (Stream<Path> s = Files.walk(tests)) {
                    s.filter(p -> p.getFileName().toString().equals("ReadmeExamplesTest.java"))
                            .forEach(examples::add);
                }
            }
        }
        assertThat(examples).as("README example tests").hasSizeGreaterThanOrEqualTo(4);
        for (Path p : examples) {
            assertThat(readme)
                    .as("README holds the body of " + ROOT.relativize(p))
                    .contains(body(Files.readString(p)));
        }
    }

    /** The body of the first test method, without its eight-space indentation. */
    static String body(String source) {
        int start = source.indexOf('{', source.indexOf("@Test"));
        int end = source.indexOf("\n    }\n", start);
        String body = source.substring(start + 1, end).strip();
        StringBuilder out = new StringBuilder();
        for (String line : ("        " + body).split("\n", -1)) {
            out.append(line.startsWith("        ") ? line.substring(8) : line).append('\n');
        }
        return out.toString().strip();
    }
}
