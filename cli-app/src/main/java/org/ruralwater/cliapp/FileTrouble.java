package org.ruralwater.cliapp;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.core.wording.Phrase;

/** What went wrong with a file, in words: the file and the reason, never the name of an exception. */
final class FileTrouble {

    private FileTrouble() {}

    static String describe(IOException e, Locale locale) {
        return phrase(e).in(locale);
    }

    static Phrase phrase(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return Phrase.of(CliWords.FILE_NOT_FOUND, String.valueOf(n.getFile()));
        }
        if (e instanceof AccessDeniedException a) {
            return Phrase.of(CliWords.FILE_DENIED, String.valueOf(a.getFile()));
        }
        if (e instanceof FileAlreadyExistsException f) {
            return Phrase.of(CliWords.FILE_EXISTS, String.valueOf(f.getFile()));
        }
        if (e instanceof NotDirectoryException d) {
            return Phrase.of(CliWords.FILE_NOT_FOLDER, String.valueOf(d.getFile()));
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return Phrase.of(CliWords.FOLDER_NOT_EMPTY, String.valueOf(d.getFile()));
        }
        if (e instanceof FileSystemException f) {
            // The reason is the operating system's own text, shown as it is.
            Phrase where = f.getFile() == null ? Phrase.of(CliWords.A_FILE) : Phrase.verbatim(f.getFile());
            return f.getReason() == null
                    ? Phrase.of(CliWords.FILE_UNUSABLE, where)
                    : Phrase.of(CliWords.FILE_UNUSABLE_BECAUSE, where, f.getReason());
        }
        return e.getMessage() == null
                ? Phrase.of(CliWords.FILE_TROUBLE)
                : Phrase.of(CliWords.FILE_TROUBLE_BECAUSE, e.getMessage());
    }
}
