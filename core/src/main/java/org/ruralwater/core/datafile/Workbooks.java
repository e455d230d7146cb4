package org.ruralwater.core.datafile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

/** The {@link SheetReader} on the class or module path, looked up once, when a workbook is first read. */
final class Workbooks {

    private Workbooks() {}

    private static final class Holder {
        static final Optional<SheetReader> READER = ServiceLoader.load(
                        SheetReader.class, Workbooks.class.getClassLoader())
                .findFirst();
    }

    static Sheet firstSheet(Path file, String source) {
        if (Files.isDirectory(file) || !Files.exists(file)) {
            Text.bytesOf(file, source); // the same file problems as a text file's
        }
        SheetReader reader = Holder.READER.orElseThrow(() -> new InvalidInputException(List.of(new Problem(
                source, 0, 0, "(file)", Phrase.of(CoreWords.WORKBOOK_FILE), Phrase.of(CoreWords.NO_WORKBOOK_READER)))));
        return reader.firstSheet(file, source);
    }
}
