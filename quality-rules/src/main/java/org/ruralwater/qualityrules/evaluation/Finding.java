package org.ruralwater.qualityrules.evaluation;

import static java.util.Objects.requireNonNull;

import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.wording.Phrase;

/**
 * Something a sample calls for beyond its own results: a required determination that is missing, a
 * follow-up test, further analysis, or a rule over several determinations.
 *
 * @param subject the indicator code(s) concerned, joined by {@code ;}
 * @param verdict what the finding does to the sample's verdict
 * @param wording what the finding says, put into words in the reader's language
 */
public record Finding(Kind kind, String subject, Verdict verdict, Phrase wording, String clause) {

    /** What kind of finding it is. */
    public enum Kind implements Coded {
        /** A determination the rules require for this point, supply and disinfection is missing. */
        MISSING,
        /** A result calls for another test or analysis (E. coli after coliforms; nuclide analysis). */
        ACTION,
        /** A rule over several determinations was not met (the residual of ClO₂ and chlorine generators). */
        RULE
    }

    public Finding {
        requireNonNull(kind, "kind");
        requireNonNull(subject, "subject");
        requireNonNull(verdict, "verdict");
        requireNonNull(wording, "wording");
        requireNonNull(clause, "clause");
    }

    /** A finding whose message is a text in no vocabulary, shown as it is in every language. */
    public Finding(Kind kind, String subject, Verdict verdict, String message, String clause) {
        this(kind, subject, verdict, Phrase.verbatim(message), clause);
    }

    /** What the finding says, in English: the form of logs and of outputs for machines. */
    public String message() {
        return wording.toString();
    }
}
