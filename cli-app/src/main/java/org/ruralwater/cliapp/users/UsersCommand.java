package org.ruralwater.cliapp.users;

import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.store.DbOption;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.User;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The platform's users, as the local administrator sees them: the whole store is in the command's scope. */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.ResetPassword.class})
public final class UsersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Every user: name, role, region and the name shown (never a hash). */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption store;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            try (Store s = store.open(spec.commandLine().getErr())) {
                Table table = Table.of("name", "role", "region", "display_name");
                for (User u : s.people().within(Scope.everything())) {
                    table.row(u.name(), u.role(), u.region().value(), u.displayName());
                }
                output.write(table, spec.commandLine().getOut());
            }
            return ExitCode.OK;
        }
    }

    /** A new one-time password for a user, printed once; only its hash is stored, and the audit log says so. */
    @Command(name = "reset-password", mixinStandardHelpOptions = true)
    static final class ResetPassword implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption store;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "name")
        String name;

        @Override
        public Integer call() {
            Passwords passwords = Passwords.argon2id();
            String password = passwords.oneTimePassword();
            try (Store s = store.open(spec.commandLine().getErr())) {
                if (!s.people().setPasswordHash(Scope.everything(), Actor.cli(), name, passwords.hash(password))) {
                    spec.commandLine()
                            .getErr()
                            .println("users: no user named \"" + name + "\" (ruralwater users list shows them)");
                    return ExitCode.BAD_INPUT;
                }
            }
            spec.commandLine().getOut().println(name + " " + password);
            return ExitCode.OK;
        }
    }
}
