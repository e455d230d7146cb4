package org.ruralwater.webapp.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.webapp.wording.WebWords;

/**
 * An uploaded file put where the county import reads it: a county folder's .zip unpacked into a folder, or
 * one file of a county folder (CSV or workbook) by its name.
 *
 * <p>An archive is read as a stream, entry by entry, trusting none of the sizes it declares: an entry whose
 * name leaves the folder (an absolute path, {@code ..}: zip slip) refuses the whole upload, and so does an
 * archive that unpacks to more than {@link #MAX_UNPACKED} bytes or holds more than {@link #MAX_ENTRIES}
 * entries (a zip bomb), counted as the bytes come. Only the county files are taken, by their names wherever
 * they lie in the archive (a folder zipped with its parent, a Mac's {@code __MACOSX} beside it); any other
 * entry is left unread.
 */
final class Upload {

    /** The largest upload: a county of 40,000 households is about 5 MB of CSV, less zipped. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    /** The most an archive may unpack to: eight times the upload, past any real county folder. */
    static final long MAX_UNPACKED = 256L * 1024 * 1024;

    /** The most entries an archive may hold. */
    static final int MAX_ENTRIES = 1_000;

    private static final Set<String> NAMES = names();

    private Upload() {}

    private static Set<String> names() {
        Set<String> names = new HashSet<>();
        for (County.DataFile f : County.DataFile.values()) {
            names.add(f.fileName());
            names.add(f.fileName().replace(".csv", ".xlsx"));
        }
        return Set.copyOf(names);
    }

    /** The file names one file of a county folder may have, for telling the user. */
    static String allowedNames() {
        List<String> out = new ArrayList<>();
        for (County.DataFile f : County.DataFile.values()) {
            out.add(f.fileName());
        }
        return String.join(", ", out) + " (.csv | .xlsx)";
    }

    /** The file's own name, without any folder a browser sent with it. */
    static String baseName(String sent) {
        String name = sent.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static boolean isArchive(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The county file an upload of this name is, if any. */
    static Optional<String> countyFile(String name) {
        return NAMES.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * Unpacks the county files of an archive into the folder.
     *
     * @return the problems that refuse the upload; nothing is to be imported when there is any
     */
    static List<Problem> unpack(String source, InputStream in, Path folder) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    problems.add(problem(
                            source,
                            Phrase.of(WebWords.UPLOAD_UNPACKED_AT_MOST, mb(MAX_UNPACKED)),
                            Phrase.of(WebWords.UPLOAD_UNPACKS_LARGER)));
                    return problems;
                }
                String name = e.getName();
                if (escapes(name)) {
                    problems.add(problem(
                            source,
                            Phrase.of(WebWords.UPLOAD_INSIDE_FOLDER),
                            Phrase.of(WebWords.UPLOAD_ESCAPING, Phrase.quoted(name))));
                    continue;
                }
                String file = baseName(name);
                if (e.isDirectory() || countyFile(file).isEmpty() || !problems.isEmpty()) {
                    continue;
                }
                if (!seen.add(file)) {
                    problems.add(problem(
                            source,
                            Phrase.of(WebWords.UPLOAD_ONCE),
                            Phrase.of(WebWords.UPLOAD_AGAIN, Phrase.quoted(file))));
                    continue;
                }
                try (OutputStream out = Files.newOutputStream(folder.resolve(file))) {
                    for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED) {
                            problems.add(problem(
                                    source,
                                    Phrase.of(WebWords.UPLOAD_UNPACKED_AT_MOST, mb(MAX_UNPACKED)),
                                    Phrase.of(WebWords.UPLOAD_UNPACKS_LARGER)));
                            return problems;
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException damaged) {
            problems.add(problem(source, Phrase.of(WebWords.UPLOAD_READABLE_ZIP), Phrase.of(WebWords.UPLOAD_DAMAGED)));
        }
        if (entries == 0 && problems.isEmpty()) {
            // Not an archive at all: ZipInputStream reads a text file as an archive of no entries.
            problems.add(problem(source, Phrase.of(WebWords.UPLOAD_READABLE_ZIP), Phrase.of(WebWords.UPLOAD_DAMAGED)));
        }
        return problems;
    }

    /** Whether an entry's name would land outside the folder it is unpacked into. */
    static boolean escapes(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.contains("\0") || (n.length() > 1 && n.charAt(1) == ':')) {
            return true;
        }
        try {
            Path p = Path.of(n).normalize();
            return p.isAbsolute() || p.startsWith("..");
        } catch (InvalidPathException e) {
            return true;
        }
    }

    static Problem problem(String source, Phrase expected, Phrase found) {
        return new Problem(source, 0, 0, "file", expected, found);
    }

    static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
