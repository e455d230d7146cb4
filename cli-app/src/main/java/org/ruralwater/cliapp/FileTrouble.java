package org.ruralwater.cliapp;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What went wrong with a file, in words: the file and the reason, never the name of an exception. */
final class FileTrouble {

    private FileTrouble() {}

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "cannot use " + a.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists";
        }
        if (e instanceof NotDirectoryException d) {
            return d.getFile() + " is not a folder";
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return "the folder " + d.getFile() + " is not empty";
        }
        if (e instanceof FileSystemException f) {
            String where = f.getFile() == null ? "a file" : f.getFile();
            return "cannot use " + where + (f.getReason() == null ? "" : ": " + f.getReason());
        }
        return "cannot read or write a file" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
