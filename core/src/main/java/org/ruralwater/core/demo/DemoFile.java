package org.ruralwater.core.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * One file a demo generator wrote: its name in the demo folder and how many data rows it holds (CSV rows
 * below the header, comment lines not counted; JSON array elements).
 */
public record DemoFile(String name, long rows) {

    public DemoFile {
        requireNonNull(name, "name");
        if (rows < 0) {
            throw new IllegalArgumentException("demo file " + name + " cannot hold " + rows + " rows");
        }
    }

    /**
     * Writes the text into the folder as UTF-8 with the line ends it has, and names it with its rows: the
     * generators build each file in memory, so the same arguments give the same bytes on every platform.
     */
    public static DemoFile write(Path folder, String name, CharSequence text, long rows) {
        requireNonNull(folder, "folder");
        requireNonNull(text, "text");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(name), e);
        }
        return new DemoFile(name, rows);
    }

    /**
     * A random stream of its own for one part of one generator, so that adding a works or a file to the demo
     * does not change the rest: the seed, the year and the part's name and number mixed (SplitMix64's
     * finaliser).
     */
    public static Random stream(long seed, int year, String part, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + year;
        z = z * 31 + part.hashCode();
        z = z * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }
}
