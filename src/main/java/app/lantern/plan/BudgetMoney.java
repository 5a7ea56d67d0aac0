package app.lantern.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Money as the budget pages read and write it. Amounts are whole pence in a {@code long}, so
 * sums are exact; pages show whole pounds ("£12,345", rounded half up) the way yearly reports do,
 * and forms take what people type into a spreadsheet: 12000, 12,000, £12,000.50.
 * Templates reach it as {@code @budgetMoney}.
 */
@Component("budgetMoney")
public final class BudgetMoney {

    /** £9,999,999.99: far above any partnership's budget line, so a slip of the keyboard is caught. */
    static final long MAX_PENCE = 999_999_999L;

    static final String EXAMPLE = "like 12,000 or 12000.50";

    private static final Pattern AMOUNT = Pattern.compile("£?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?");
    private static final Pattern NEGATIVE = Pattern.compile("^(?:£\\s*)?[-−–(].*|^\\(.*\\)$");

    BudgetMoney() {
    }

    /** What is wrong with a typed amount. */
    enum Problem {
        MISSING, NOT_MONEY, NEGATIVE, TOO_LARGE
    }

    /** A typed amount read: either pence or a problem. */
    record Reading(Long pence, Problem problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** Reads an amount in pounds; blank is MISSING, never zero, so the caller decides what blank means. */
    static Reading read(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) return new Reading(null, Problem.MISSING);
        if (s.length() > 40) return new Reading(null, Problem.NOT_MONEY);
        if (NEGATIVE.matcher(s).matches()) {
            // "-5" and "(5)" are clearly negative; anything else after the sign is still not money
            String rest = s.replaceAll("[£\\s()\\-−–]", "");
            return new Reading(null, AMOUNT.matcher(rest).matches() ? Problem.NEGATIVE : Problem.NOT_MONEY);
        }
        var m = AMOUNT.matcher(s);
        if (!m.matches()) return new Reading(null, Problem.NOT_MONEY);
        var pounds = new BigDecimal(m.group(1).replace(",", ""));
        var fraction = m.group(2) == null ? BigDecimal.ZERO : new BigDecimal("0." + m.group(2));
        var pence = pounds.add(fraction).movePointRight(2);
        if (pence.compareTo(BigDecimal.valueOf(MAX_PENCE)) > 0) return new Reading(null, Problem.TOO_LARGE);
        return new Reading(pence.longValueExact(), null);
    }

    /**
     * Reads an amount from a form, putting the GOV.UK message on {@code field} when it is wrong.
     *
     * @param what how the message names the amount, e.g. "agreed amount"
     * @param required whether blank is an error; when not, blank means £0
     * @return pence, or null after recording an error
     */
    static Long read(String text, String field, String what, boolean required, Errors errors) {
        var reading = read(text);
        if (reading.ok()) return reading.pence();
        String name = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        switch (reading.problem()) {
            case MISSING -> {
                if (!required) return 0L;
                errors.rejectValue(field, "required", "Enter the " + what);
            }
            case NOT_MONEY -> errors.rejectValue(field, "invalid", name + " must be an amount of money, " + EXAMPLE);
            case NEGATIVE -> errors.rejectValue(field, "negative", name + " must be £0 or more");
            case TOO_LARGE -> errors.rejectValue(field, "large", name + " must be " + exact(MAX_PENCE) + " or less");
        }
        return null;
    }

    /** Refuses an amount a form would not have let through: below £0 or above the largest a budget holds. */
    static void checkAmounts(long... pence) {
        for (long p : pence) {
            if (p < 0 || p > MAX_PENCE) throw new IllegalArgumentException("Amounts must be between £0 and " + exact(MAX_PENCE));
        }
    }

    /** Whole pounds, rounded half up: "£12,345"; a negative amount as "−£12,345". */
    public static String pounds(long pence) {
        long whole = (Math.abs(pence) + 50) / 100;
        return (pence < 0 && whole > 0 ? "−£" : "£") + grouped().format(whole);
    }

    /** "Deficit of £34,730", "Surplus of £2,100" or "Balanced", for income less expenditure. */
    public static String balance(long pence) {
        if (pence == 0) return "Balanced";
        return (pence < 0 ? "Deficit of " : "Surplus of ") + size(pence);
    }

    /** Spending against its budget in words: "£1,200 over budget", "£300 under budget", "On budget". */
    public static String spendingVariance(long actual, long budget) {
        long d = actual - budget;
        return d == 0 ? "On budget" : size(d) + (d > 0 ? " over budget" : " under budget");
    }

    /** Income against what was expected: "£500 more than expected", "£500 less than expected". */
    public static String incomeVariance(long actual, long budget) {
        long d = actual - budget;
        return d == 0 ? "As expected" : size(d) + (d > 0 ? " more than expected" : " less than expected");
    }

    /**
     * Actual against budget in words, for income or spending; {@code soFar} while the year is
     * still running, when money not yet received or spent is not yet a shortfall or a saving.
     */
    public static String variance(long actual, long budget, boolean income, boolean soFar) {
        if (income) return soFar ? incomeSoFar(actual, budget) : incomeVariance(actual, budget);
        return soFar ? spendingSoFar(actual, budget) : spendingVariance(actual, budget);
    }

    /** Spending so far in a year still running: "£40,000 left to spend", or over budget already. */
    public static String spendingSoFar(long actual, long budget) {
        long d = actual - budget;
        return d < 0 ? size(d) + " left to spend" : spendingVariance(actual, budget);
    }

    /** Income so far in a year still running: "£9,000 still to come", or more than expected already. */
    public static String incomeSoFar(long actual, long budget) {
        long d = actual - budget;
        return d < 0 ? size(d) + " still to come" : incomeVariance(actual, budget);
    }

    /** A contribution's payment: "Paid in full", "£2,000 still due", "£500 more than agreed". */
    public static String paymentStatus(long received, long agreed) {
        long d = received - agreed;
        return d == 0 ? "Paid in full" : size(d) + (d < 0 ? " still due" : " more than agreed");
    }

    /** The size of a difference in whole pounds, or in pounds and pence when it is under 50p. */
    private static String size(long pence) {
        long abs = Math.abs(pence);
        return abs < 50 ? exact(abs) : pounds(abs);
    }

    /** Pounds and pence when there are pence: "£12,000" or "£12,000.50". */
    public static String exact(long pence) {
        return (pence < 0 ? "−£" : "£") + forInput(Math.abs(pence));
    }

    /** An amount as a person would type it back into the form: "12,000" or "12,000.50". */
    static String forInput(long pence) {
        long abs = Math.abs(pence);
        String whole = grouped().format(abs / 100);
        String sign = pence < 0 ? "-" : "";
        return abs % 100 == 0 ? sign + whole : sign + whole + "." + String.format(Locale.ROOT, "%02d", abs % 100);
    }

    /**
     * A part of a whole as a percentage to one decimal place, rounded half up (12.25 becomes 12.3).
     * Each share is rounded on its own, so rounded shares may add up to 99.9% or 100.1%: a report
     * shows the total as 100% from the amounts, not from the rounded shares.
     */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) return BigDecimal.ZERO.setScale(1);
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** "50.2%". */
    public static String percentText(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static DecimalFormat grouped() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    }
}
