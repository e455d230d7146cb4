package org.ruralwater.workbook.xlsx;

/**
 * Text that a spreadsheet would take for a formula if it were typed in: it starts with {@code =}, {@code +},
 * {@code -} or {@code @}, or with a tab or carriage return before one (OWASP, "CSV Injection").
 */
final class FormulaText {

    private FormulaText() {}

    static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
