package org.ruralwater.store.people;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes with Argon2id (RFC 9106), computed by Bouncy Castle, in the PHC string format that
 * other Argon2 implementations read: {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}.
 *
 * <p>The cost is OWASP's first recommended setting for Argon2id (19 MiB of memory, 2 passes, one lane):
 * about 40 ms here, slow enough to make a stolen table expensive and fast enough for a sign-in. A hash
 * records its own cost, so raising it later needs no migration: {@link #needsRehash} says when a stored
 * hash is weaker than today's setting.
 */
public final class Passwords {

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int PASSES = 2;
    private static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    /** PHC strings as the Argon2 reference implementation writes them (unpadded base64). */
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{16,88})");

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    /** Letters and digits that cannot be misread for one another on paper (no 0/O, 1/l/I). */
    private static final String ONE_TIME_LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random;

    private Passwords(SecureRandom random) {
        this.random = random;
    }

    public static Passwords argon2id() {
        return new Passwords(new SecureRandom());
    }

    /**
     * A new random password to hand over once (at a first start, or a reset): sixteen letters and digits
     * that cannot be misread, about 92 bits.
     */
    public String oneTimePassword() {
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            b.append(ONE_TIME_LETTERS.charAt(random.nextInt(ONE_TIME_LETTERS.length())));
        }
        return b.toString();
    }

    /** The PHC string of a new hash of {@code password}, with a fresh random salt. */
    public String hash(String password) {
        requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2id(password, salt, MEMORY_KIB, PASSES, LANES, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(hash);
    }

    /**
     * Whether {@code password} is the one {@code stored} was made from. A malformed stored hash matches no
     * password (it is never an exception at sign-in).
     */
    public boolean matches(String password, String stored) {
        requireNonNull(password, "password");
        Matcher m = PHC.matcher(requireNonNull(stored, "stored"));
        if (!m.matches()) {
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int passes = Integer.parseInt(m.group(2));
        int lanes = Integer.parseInt(m.group(3));
        if (memory < 8 * lanes || passes < 1 || lanes < 1 || memory > 4 * 1024 * 1024) {
            return false;
        }
        byte[] salt = B64D.decode(m.group(4));
        byte[] expected = B64D.decode(m.group(5));
        byte[] actual = argon2id(password, salt, memory, passes, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether a stored hash was made with less than today's cost and should be replaced at the next sign-in. */
    public boolean needsRehash(String stored) {
        Matcher m = PHC.matcher(stored);
        return !m.matches() || Integer.parseInt(m.group(1)) < MEMORY_KIB || Integer.parseInt(m.group(2)) < PASSES;
    }

    private static byte[] argon2id(String password, byte[] salt, int memoryKib, int passes, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(passes)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
