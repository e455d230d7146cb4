package org.ruralwater.cliapp.fuzz;

import java.util.List;

/** What a reader did with a file: answered, refused with problems, or broke. */
sealed interface Outcome {

    /** An answer, in a form two answers can be compared in. */
    record Answer(Object value) implements Outcome {}

    /** A refusal: where each problem is, and every problem's text as a user would see it. */
    record Refused(List<Place> places, List<String> texts) implements Outcome {}

    /** Anything else: another exception, an error, another exit code. */
    record Broken(String what) implements Outcome {}

    /** Where a problem is; 0 for a line or column it has none of. */
    record Place(String source, int line, int column) {}
}
