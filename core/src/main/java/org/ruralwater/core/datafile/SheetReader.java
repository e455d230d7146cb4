package org.ruralwater.core.datafile;

import java.nio.file.Path;

/**
 * Reads a workbook's first sheet for the strict readers: the service that lets {@link CsvReader#read(Path)}
 * read {@code *.xlsx} files too. The {@code ruralwater-workbook} module provides it (through
 * {@link java.util.ServiceLoader}); without it, a workbook is a problem with the file.
 */
public interface SheetReader {

    /**
     * The first sheet of the workbook.
     *
     * @param source the file's name, as problems name it
     * @throws InvalidInputException when the file is not a readable workbook
     */
    Sheet firstSheet(Path file, String source);
}
