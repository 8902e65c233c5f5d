package dev.camelokta.examples.provisioning.csv;

/**
 * Keeps a report cell from being run as a formula when the report is opened in a spreadsheet (CSV injection, as
 * OWASP describes it): a value that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * is prefixed with a single quote, which spreadsheets take as "this cell is text". The report quotes such a cell too.
 */
final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** Whether a spreadsheet could read the value as a formula. */
    static boolean startsLikeAFormula(Object value) {
        if (value == null) {
            return false;
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The value as a spreadsheet shows it as text: {@code '=1+1} for {@code =1+1}; any other value as it is. */
    static Object neutralised(Object value) {
        return startsLikeAFormula(value) ? "'" + value : value;
    }
}
