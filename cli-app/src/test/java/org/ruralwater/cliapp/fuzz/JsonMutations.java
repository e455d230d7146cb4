package org.ruralwater.cliapp.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Mutations of a JSON file, as the issue tried them, found with the token offsets of a streaming parser over
 * the seed: each is invalidating, neutral or a robustness probe.
 */
final class JsonMutations {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int DEEP = 100_000;

    /** A value's place in the seed: {@code text[start, end)}, and the key before it if any. */
    private record Span(JsonToken token, int start, int end, int keyStart) {}

    private final String text;
    private final Random random;
    private final List<Span> values = new ArrayList<>();
    /** Objects with at least two keys: the spans of their first two members (key to value end). */
    private final List<int[]> pairs = new ArrayList<>();

    private final List<Mutation> out = new ArrayList<>();

    private JsonMutations(String text, Random random) {
        this.text = text;
        this.random = random;
        scan();
    }

    static List<Mutation> of(String seed, long randomSeed) {
        JsonMutations m = new JsonMutations(seed, new Random(randomSeed));
        m.invalidating();
        m.neutral();
        m.either();
        return m.out;
    }

    private void scan() {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            scanValue(p, p.nextToken(), -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scanValue(JsonParser p, JsonToken t, int keyStart) throws IOException {
        int start = (int) p.currentTokenLocation().getCharOffset();
        if (t == JsonToken.START_OBJECT) {
            List<int[]> members = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                int k = (int) p.currentTokenLocation().getCharOffset();
                scanValue(p, p.nextToken(), k);
                members.add(new int[] {k, values.get(values.size() - 1).end()});
            }
            if (members.size() >= 2) {
                pairs.add(new int[] {members.get(0)[0], members.get(0)[1], members.get(1)[0], members.get(1)[1]});
            }
            if (members.size() >= 1) {
                pairs.add(new int[] {members.get(0)[0], members.get(0)[1], -1, -1});
            }
        } else if (t == JsonToken.START_ARRAY) {
            JsonToken n;
            while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
                scanValue(p, n, -1);
            }
        } else {
            p.finishToken(); // a string is read lazily: its end is known once it is read
        }
        int end = (int) p.currentLocation().getCharOffset();
        values.add(new Span(t, start, end, keyStart));
    }

    private List<Span> of(JsonToken... tokens) {
        List<Span> found = new ArrayList<>();
        for (Span s : values) {
            for (JsonToken t : tokens) {
                if (s.token() == t && s.keyStart() >= 0) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    private <T> List<T> some(List<T> all, int n) {
        List<T> copy = new ArrayList<>(all);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private void invalidating() {
        int last = text.stripTrailing().length() - 1;
        for (int i = 0; i < 4; i++) {
            int at = random.nextInt(last);
            add(Mutation.Kind.INVALIDATING, "cut at character " + at, text.substring(0, at));
        }
        int colon = text.indexOf("\":") + 1;
        add(Mutation.Kind.INVALIDATING, "= for : at character " + colon, replace(colon, colon + 1, "="));
        add(Mutation.Kind.INVALIDATING, "empty file", "");
        add(Mutation.Kind.INVALIDATING, "blanks only", "  \n\n ");
        add(Mutation.Kind.INVALIDATING, "text after the value", text + "\n{}");
        Span firstString = of(JsonToken.VALUE_STRING).get(0);
        byte[] utf8 = bytes(text.substring(0, firstString.start() + 1));
        byte[] rest = bytes(text.substring(firstString.start() + 1));
        byte[] broken = new byte[utf8.length + 2 + rest.length];
        System.arraycopy(utf8, 0, broken, 0, utf8.length);
        broken[utf8.length] = (byte) 0xC3;
        broken[utf8.length + 1] = 0x28;
        System.arraycopy(rest, 0, broken, utf8.length + 2, rest.length);
        out.add(Mutation.invalidating("invalid UTF-8 in a string", broken));
        for (Span s : some(of(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT), 3)) {
            for (String bad : some(
                    List.of("1e400", "-1e400", "1e999999999", "99999999999999999999", "NaN", "\"12\"", "true"), 3)) {
                add(
                        Mutation.Kind.INVALIDATING,
                        "number at " + s.start() + " = " + bad,
                        replace(s.start(), s.end(), bad));
            }
        }
        for (Span s : of(JsonToken.VALUE_STRING)) {
            String v = text.substring(s.start() + 1, s.end() - 1);
            if (v.length() == 10 && DATE.matcher(v).matches()) {
                for (String bad : CsvMutations.IMPOSSIBLE_DATES) {
                    add(
                            Mutation.Kind.INVALIDATING,
                            "date at " + s.start() + " = " + bad,
                            replace(s.start(), s.end(), "\"" + bad + "\""));
                }
                break;
            }
        }
        for (int[] p : some(pairs, 2)) {
            String member = text.substring(p[0], p[1]);
            add(Mutation.Kind.INVALIDATING, "key at " + p[0] + " twice", replace(p[0], p[0], member + ","));
            add(Mutation.Kind.INVALIDATING, "unknown key at " + p[0], replace(p[0], p[0], "\"fuzz_unknown\": 1,"));
            add(
                    Mutation.Kind.INVALIDATING,
                    "nested " + DEEP + " deep under an unknown key",
                    replace(p[0], p[0], "\"fuzz_deep\": " + "[".repeat(DEEP) + "]".repeat(DEEP) + ","));
        }
        Span anyValue = some(
                        of(
                                JsonToken.VALUE_STRING,
                                JsonToken.VALUE_NUMBER_INT,
                                JsonToken.START_OBJECT,
                                JsonToken.START_ARRAY),
                        1)
                .get(0);
        add(
                Mutation.Kind.INVALIDATING,
                "value at " + anyValue.start() + " nested " + DEEP + " deep",
                replace(anyValue.start(), anyValue.end(), "[".repeat(DEEP) + "]".repeat(DEEP)));
        add(
                Mutation.Kind.INVALIDATING,
                "value at " + anyValue.start() + " nested " + DEEP + " deep, unclosed",
                replace(anyValue.start(), anyValue.end(), "{\"a\":".repeat(DEEP)));
        Span aString = some(of(JsonToken.VALUE_STRING), 1).get(0);
        add(
                Mutation.Kind.INVALIDATING,
                "a string of " + CsvMutations.LONG + " characters at " + aString.start(),
                replace(aString.start(), aString.end(), "\"" + "x".repeat(CsvMutations.LONG) + "\""));
        add(
                Mutation.Kind.INVALIDATING,
                "a number of " + CsvMutations.LONG + " digits",
                replace(anyNumber().start(), anyNumber().end(), "9".repeat(CsvMutations.LONG)));
    }

    private Span anyNumber() {
        List<Span> n = of(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT);
        return n.isEmpty() ? of(JsonToken.VALUE_STRING).get(0) : n.get(0);
    }

    private void neutral() {
        add(Mutation.Kind.NEUTRAL, "blanks between tokens", spaced());
        add(Mutation.Kind.NEUTRAL, "CRLF line ends", text.replace("\n", "\r\n"));
        add(Mutation.Kind.NEUTRAL, "a line end at the end", text + "\n");
        byte[] body = bytes(text);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        out.add(Mutation.neutral("byte-order mark", bom));
        for (int[] p : some(pairs.stream().filter(x -> x[2] >= 0).toList(), 3)) {
            String first = text.substring(p[0], p[1]);
            String between = text.substring(p[1], p[2]);
            String second = text.substring(p[2], p[3]);
            add(
                    Mutation.Kind.NEUTRAL,
                    "keys at " + p[0] + " swapped",
                    text.substring(0, p[0]) + second + between + first + text.substring(p[3]));
        }
        for (Span s : some(of(JsonToken.VALUE_STRING), 2)) {
            String v = text.substring(s.start() + 1, s.end() - 1);
            int letter = -1;
            for (int i = 0; i < v.length(); i++) {
                if (Character.isLetter(v.charAt(i)) && v.charAt(i) < 128 && (i == 0 || v.charAt(i - 1) != '\\')) {
                    letter = i;
                    break;
                }
            }
            if (letter >= 0) {
                int at = s.start() + 1 + letter;
                add(
                        Mutation.Kind.NEUTRAL,
                        "\\u escape at " + at,
                        replace(at, at + 1, String.format("\\u%04x", (int) text.charAt(at))));
            }
        }
    }

    private void either() {
        byte[] seed = bytes(text);
        for (int i = 0; i < 6; i++) {
            byte[] noisy = seed.clone();
            int count = 1 + random.nextInt(8);
            for (int k = 0; k < count; k++) {
                noisy[random.nextInt(noisy.length)] = (byte) random.nextInt(256);
            }
            out.add(Mutation.either("random bytes (" + i + ")", noisy));
        }
        for (int[] p : some(pairs, 2)) {
            // A key left out, with its comma: optional keys may go.
            int end = p[1];
            while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '}') {
                end++;
            }
            if (end < text.length() && text.charAt(end) == ',') {
                add(Mutation.Kind.EITHER, "key at " + p[0] + " left out", replace(p[0], end + 1, ""));
            }
        }
        for (Span s : some(of(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT), 2)) {
            add(
                    Mutation.Kind.EITHER,
                    "number at " + s.start() + " negative",
                    replace(
                            s.start(),
                            s.end(),
                            "-" + text.substring(s.start(), s.end()).replace("-", "")));
            add(Mutation.Kind.EITHER, "number at " + s.start() + " zero", replace(s.start(), s.end(), "0"));
        }
    }

    /** The text with blanks and line ends after every structural character outside strings. */
    private String spaced() {
        StringBuilder b = new StringBuilder();
        boolean string = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c);
            if (string) {
                if (c == '\\') {
                    b.append(text.charAt(++i));
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == ',' || c == ':' || c == '[' || c == '{') {
                b.append(" \n\t ");
            }
        }
        return b.toString();
    }

    private String replace(int from, int to, String with) {
        return text.substring(0, from) + with + text.substring(to);
    }

    private void add(Mutation.Kind kind, String name, String mutated) {
        out.add(new Mutation(name, kind, bytes(mutated)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
