package org.ruralwater.cliapp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.cliapp.Ruralwater;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * No command path prints a trace (issue 14): every command of the tree, found from picocli's model, is run
 * in-process with each file or folder it takes replaced by broken input (random bytes and invalid UTF-8, a
 * missing file, a folder for a file, a folder of broken files) and its required options given ordinary
 * values. Whatever each says, it says without a Java word or stack frame, and never exits 4.
 */
class NoTraceTest {

    /** Ordinary values for the options that are required somewhere, so that the run reaches its files. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("--period", "2015-05"),
            Map.entry("--as-of", "2015-09-30"),
            Map.entry("--at", "2026-12-04T20:00"),
            Map.entry("--consumption", "5"),
            Map.entry("--tariff", "CN-JS-JIANGDU-RURAL-RESIDENTIAL"),
            Map.entry("--available", "60"),
            Map.entry("--from", "2026-11-30"),
            Map.entry("--to", "2026-12-06"),
            Map.entry("--standard", "GB5749-2022"),
            Map.entry("--scheme", "county-annual-example.json"),
            Map.entry("--crew", "C1"),
            Map.entry("--on", "2026-11-30"),
            Map.entry("--monthly", "2026-11"));

    /** Every file name a command's folder may hold. */
    private static final List<String> FOLDER_FILES = List.of(
            "accounts.csv",
            "meters.csv",
            "readings.csv",
            "payments.csv",
            "ledger.json",
            "regions.csv",
            "villages.csv",
            "works.csv",
            "households.csv",
            "assets.csv",
            "water_managers.csv",
            "crews.csv",
            "work-orders.csv");

    @Test
    void noCommandPrintsATraceOrAJavaWordOverBrokenInput(@TempDir Path dir) throws Exception {
        Random random = new Random(14);
        Path brokenFolder = Files.createDirectories(dir.resolve("broken-folder"));
        for (String f : FOLDER_FILES) {
            Files.write(brokenFolder.resolve(f), garbage(random));
        }
        Files.createDirectories(dir.resolve("a-folder.csv"));
        List<Path> inputs = List.of(
                write(dir.resolve("broken.csv"), garbage(random)),
                write(dir.resolve("broken.json"), garbage(random)),
                write(
                        dir.resolve("truncated.json"),
                        "{\"id\": \"x\", \"versions\": [".getBytes(StandardCharsets.UTF_8)),
                write(dir.resolve("header-only.csv"), "id,name\n".getBytes(StandardCharsets.UTF_8)),
                dir.resolve("missing.csv"),
                dir.resolve("a-folder.csv"),
                brokenFolder);
        List<String> failures = new ArrayList<>();
        int runs = 0;
        for (CommandSpec command : leaves(Ruralwater.commandLine().getCommandSpec())) {
            for (Path input : inputs) {
                List<String> args = arguments(command, input, dir);
                String output = run(args);
                runs++;
                if (ReaderFuzzTest.JAVA_TEXT.matcher(output).find() || output.contains("\tat ")) {
                    failures.add(String.join(" ", args) + "\n" + output);
                }
            }
        }
        assertThat(runs).isGreaterThan(100);
        assertThat(failures).as("%d runs", runs).isEmpty();
    }

    /** The command's path, its required options with ordinary values, every file it takes as the input. */
    private static List<String> arguments(CommandSpec command, Path input, Path dir) {
        List<String> args = new ArrayList<>(List.of(command.qualifiedName().split(" ")));
        args.remove(0); // the root command's name
        for (OptionSpec o : command.options()) {
            if (takesPath(o)) {
                args.add(o.longestName());
                args.add(
                        o.longestName().equals("--out") || o.longestName().endsWith("-out")
                                ? dir.resolve("broken.csv").toString() // an existing file where one is written
                                : input.toString());
            } else if (o.required()) {
                args.add(o.longestName());
                args.add(VALUES.getOrDefault(o.longestName(), "1"));
            }
        }
        for (ArgSpec p : command.positionalParameters()) {
            if (takesPath(p)) {
                args.add(input.toString());
            } else if (p.required()) {
                args.add("1");
            }
        }
        return args;
    }

    private static boolean takesPath(ArgSpec a) {
        if (a.type() == Path.class) {
            return true;
        }
        for (Class<?> c : a.auxiliaryTypes()) {
            if (c == Path.class) {
                return true;
            }
        }
        return false;
    }

    private static List<CommandSpec> leaves(CommandSpec root) {
        List<CommandSpec> out = new ArrayList<>();
        for (CommandLine sub : root.subcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            if (s.name().equals("generate-completion") || out.contains(s)) {
                continue;
            }
            if (s.subcommands().isEmpty()) {
                out.add(s);
            } else {
                for (CommandSpec leaf : leaves(s)) {
                    if (!out.contains(leaf)) {
                        out.add(leaf);
                    }
                }
            }
        }
        return out;
    }

    /** stdout and stderr of one in-process run, with its exit code; exit 4 (a bug) is reported as a trace. */
    private static String run(List<String> args) {
        CommandLine cl = Ruralwater.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code;
        try {
            code = cl.execute(args.toArray(String[]::new));
        } catch (Throwable e) {
            return "threw java." + e;
        }
        String both = out + "\n" + err;
        return code == 4 ? "exit 4 (an internal error, so an Exception): " + both : both;
    }

    private static byte[] garbage(Random random) {
        byte[] b = new byte[200 + random.nextInt(200)];
        random.nextBytes(b);
        b[0] = (byte) 0xFF; // never valid UTF-8
        return b;
    }

    private static Path write(Path p, byte[] bytes) throws Exception {
        Files.write(p, bytes);
        return p;
    }
}
