package org.ruralwater.core.datafile;

import java.util.List;

/**
 * Thrown when input data has problems; it holds every problem found in the whole input, sorted by file and
 * position, so that a user can fix them all in one pass. Nothing read from such an input is returned.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How many problems the message lists; {@link #problems()} has them all. */
    static final int PROBLEMS_IN_MESSAGE = 50;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems.stream().sorted().toList());
    }

    /** Every problem, sorted by file, line and column. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        List<Problem> sorted = problems.stream().sorted().toList();
        StringBuilder b = new StringBuilder();
        b.append(sorted.size())
                .append(sorted.size() == 1 ? " problem" : " problems")
                .append(" in the input:");
        for (Problem p : sorted.subList(0, Math.min(PROBLEMS_IN_MESSAGE, sorted.size()))) {
            b.append('\n').append(p);
        }
        if (sorted.size() > PROBLEMS_IN_MESSAGE) {
            b.append("\n… and ").append(sorted.size() - PROBLEMS_IN_MESSAGE).append(" more");
        }
        return b.toString();
    }
}
