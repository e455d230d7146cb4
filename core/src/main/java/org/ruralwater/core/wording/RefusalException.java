package org.ruralwater.core.wording;

import static java.util.Objects.requireNonNull;

/**
 * A value refused by its own type's rule, with the reason as a phrase: the strict readers show the reason
 * in the reader's language ("区划代码（6 位 GB/T 2260 代码或 12 位统计用区划代码，…）"), while the message, for
 * logs and callers, is the reason in the root language (English).
 */
public final class RefusalException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Not serialized: a phrase's arguments need not be serializable; the message keeps the English text. */
    private final transient Phrase reason;

    public RefusalException(Phrase reason) {
        super(requireNonNull(reason, "reason").toString());
        this.reason = reason;
    }

    /** Why the value was refused, to be put into words in the reader's locale. */
    public Phrase reason() {
        return reason;
    }
}
