package org.ruralwater.cliapp;

import java.nio.charset.Charset;
import java.util.Locale;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;

/**
 * The encodings {@code --encoding} may declare for input files. Without it the readers' fixed rule applies:
 * UTF-8 (with or without a byte-order mark), else GB18030 (which covers GBK), said on stderr.
 */
enum InputEncoding {
    UTF_8("UTF-8"),
    GB18030("GB18030"),
    GBK("GBK");

    private final String name;

    InputEncoding(String name) {
        this.name = name;
    }

    Charset charset() {
        return Charset.forName(name);
    }

    static InputEncoding parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace("_", "-");
        for (InputEncoding e : values()) {
            if (e.name.equals(t) || e.name.replace("-", "").equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no such encoding: " + text);
    }

    static final class Converter implements CommandLine.ITypeConverter<InputEncoding> {
        private static final CommandLine.ITypeConverter<InputEncoding> READER =
                OptionValues.converter(Phrase.of(CliWords.ENCODING), InputEncoding::parse);

        @Override
        public InputEncoding convert(String value) throws Exception {
            return READER.convert(value);
        }
    }
}
