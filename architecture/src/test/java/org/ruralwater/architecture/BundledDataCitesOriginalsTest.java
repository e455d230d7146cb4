package org.ruralwater.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bundled rule data cites the original sources (a standard, its clause or table, the public document's
 * address), never a file users do not have: the research notes the data was compiled from live outside the
 * repository (issue 16).
 */
class BundledDataCitesOriginalsTest {

    /** A path into the project's research notes, or into any folder beside the checkout. */
    private static final Pattern NOT_SHIPPED = Pattern.compile("shared/|\\.\\./[A-Za-z]");

    @Test
    void noBundledDataFilePointsIntoFilesUsersDoNotHave() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> found = new ArrayList<>();
        int files = 0;
        for (ReactorModule module : ReactorModule.all()) {
            Path resources = root.resolve(module.name()).resolve("src/main/resources");
            if (!Files.isDirectory(resources)) {
                continue;
            }
            List<Path> data;
            try (Stream<Path> walk = Files.walk(resources)) {
                data = walk.filter(Files::isRegularFile).toList();
            }
            for (Path f : data) {
                files++;
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (NOT_SHIPPED.matcher(lines.get(i)).find()) {
                        found.add(root.relativize(f) + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(files).as("bundled data files").isGreaterThan(20);
        assertThat(found).as("lines citing files users do not have").isEmpty();
    }
}
