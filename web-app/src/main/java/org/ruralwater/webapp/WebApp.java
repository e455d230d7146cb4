package org.ruralwater.webapp;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.webapp.people.Directory;
import org.ruralwater.webapp.people.Role;
import org.ruralwater.webapp.people.User;
import org.ruralwater.webapp.signin.Passwords;

/**
 * Starts the platform on 127.0.0.1:7070 (or the port given as the only argument) with an administrator
 * whose one-time password is printed once; only its hash is kept.
 */
public final class WebApp {

    /** Letters and digits that cannot be misread for one another on paper (no 0/O, 1/l/I). */
    private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private WebApp() {}

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7070;
        PrintStream out = System.out;
        String password = oneTimePassword();
        Directory directory = Directory.of(List.of(new User(
                "admin",
                "管理员",
                Role.ADMINISTRATOR,
                RegionCode.parse("530000"),
                Passwords.argon2id().hash(password))));
        try (Platform platform = Platform.start(Platform.Settings.local(port, directory))) {
            out.println("ruralwater platform: http://127.0.0.1:" + platform.port());
            out.println("administrator: admin, one-time password: " + password);
            Thread.currentThread().join();
        }
    }

    static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
        }
        return b.toString();
    }
}
