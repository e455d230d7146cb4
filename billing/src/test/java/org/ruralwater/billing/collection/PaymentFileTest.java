package org.ruralwater.billing.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;

/**
 * payments.csv's checks across rows are problems at the row and column of the field, with comment lines
 * counted (issue 14: a payment id twice was an English sentence without a place, and stopped at the first).
 */
class PaymentFileTest {

    @Test
    void everyProblemAcrossRowsIsAtItsRowAndFieldWithCommentLinesCounted(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("payments.csv"), """
                # Payments received in June, from the bank's statement
                household,id,paid_on,amount,reverses
                H1,P1,2015-06-10,CNY 29.00,
                # entered twice by mistake
                H1,P1,2015-06-10,CNY 29.00,
                H2,P2,2015-06-12,CNY 10.00,
                H2,R1,2015-06-20,CNY 0.00,P9
                H2,R2,2015-06-21,CNY 0.00,P2
                H2,R3,2015-06-22,CNY 0.00,P2
                """);

        InvalidInputException e = catchThrowableOfType(() -> PaymentFile.read(file), InvalidInputException.class);

        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "payments.csv:5:2: id: expected each payment id once, found \"P1\" again (first at line 3)",
                        "payments.csv:7:5: reverses: expected a payment this file lists, which is not itself a"
                                + " reversal, found \"P9\"",
                        "payments.csv:9:5: reverses: expected a payment reversed once, found \"P2\" again (first"
                                + " at line 8)");
    }

    @Test
    void aFileWithoutProblemsGivesItsPayments(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("payments.csv"), """
                id,household,paid_on,amount,reverses
                P1,H1,2015-06-10,CNY 29.00,
                R1,H1,2015-06-11,CNY 0.00,P1
                """);

        assertThat(PaymentFile.read(file)).extracting(Payment::id).containsExactly("P1", "R1");
    }
}
