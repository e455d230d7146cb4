package org.ruralwater.cliapp.db;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.store.DbOption;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Rewrites the embedded store's file with only its live data, while no process has it open: the file otherwise
 * only grows (store/docs/design-decisions.md, "The embedded file's size").
 */
@Command(name = "compact", mixinStandardHelpOptions = true)
public final class CompactCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption store;

    @Override
    public Integer call() {
        Location location = store.location();
        var err = spec.commandLine().getErr();
        err.println("store: " + location);
        err.flush();
        Store.Compacted c;
        try {
            c = Store.compact(location);
        } catch (IllegalStateException inUse) {
            err.println(spec.qualifiedName() + ": " + inUse.getMessage());
            return ExitCode.BUSY;
        }
        spec.commandLine()
                .getOut()
                .printf(Locale.ROOT, "store compacted: %s -> %s%n", size(c.before()), size(c.after()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private static String size(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }
}
