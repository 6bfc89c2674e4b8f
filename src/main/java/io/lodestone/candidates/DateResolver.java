package io.lodestone.candidates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a sentence states and resolves it against the document's date: "last year" in a
 * January 2026 report is 2025, "on 29 January" is 2026-01-29, "in March" is March of the report's
 * year. The most precise expression wins (a full date over a month over a year). Answers an ISO
 * date as the import files take it ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), or null.
 */
final class DateResolver {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
            + "(?:,?\\s+" + YEAR + ")?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+"
            + YEAR + "\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:(last|next|this)\\s+)?" + MONTH + "(?:\\s+(?:of\\s+)?"
            + YEAR + ")?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(last|this|next|previous|past)\\s+year\\b|\\b(a\\s+year\\s+ago)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(yesterday|today|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on\\s+|last\\s+|next\\s+|this\\s+)?"
            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_YEAR = Pattern.compile("\\b" + YEAR + "\\b");
    /** Words that put a weekday or month after the report's date rather than before it. */
    private static final Pattern FUTURE = Pattern.compile("\\b(will|due|scheduled|expected|set to|plans?|planned|next|upcoming|to be)\\b",
            Pattern.CASE_INSENSITIVE);

    private DateResolver() {
    }

    /**
     * @param sentence     the text to read
     * @param documentDate the document's date (ISO, any precision) or null: relative expressions then stay unresolved
     */
    static String resolve(String sentence, String documentDate) {
        LocalDate reference = reference(documentDate);
        Matcher iso = ISO.matcher(sentence);
        if (iso.find() && valid(iso.group(1), iso.group(2), iso.group(3))) {
            return iso.group(1) + "-" + iso.group(2) + "-" + iso.group(3);
        }
        Matcher dayMonth = DAY_MONTH.matcher(sentence);
        while (dayMonth.find()) {
            String resolved = day(dayMonth.group(3), month(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1)), reference, sentence);
            if (resolved != null) {
                return resolved;
            }
        }
        Matcher monthDay = MONTH_DAY.matcher(sentence);
        while (monthDay.find()) {
            String resolved = day(monthDay.group(3), month(monthDay.group(1)), Integer.parseInt(monthDay.group(2)), reference, sentence);
            if (resolved != null) {
                return resolved;
            }
        }
        if (reference != null) {
            Matcher relativeDay = RELATIVE_DAY.matcher(sentence);
            if (relativeDay.find()) {
                return switch (relativeDay.group(1).toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> reference.minusDays(1).toString();
                    case "tomorrow" -> reference.plusDays(1).toString();
                    default -> reference.toString();
                };
            }
            Matcher weekday = WEEKDAY.matcher(sentence);
            if (weekday.find() && documentDate.length() == 10) {
                return weekday(reference, DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT)), sentence).toString();
            }
        }
        Matcher monthYear = MONTH_YEAR.matcher(sentence);
        while (monthYear.find()) {
            Month month = month(monthYear.group(2));
            if (monthYear.group(3) != null) {
                return YearMonth.of(Integer.parseInt(monthYear.group(3)), month).toString();
            }
            // "May" and "March" alone are often not months; only a month after "in", "since", "by",
            // "until", "last", "next" or "this" counts.
            if (reference != null && (monthYear.group(1) != null || precededByPreposition(sentence, monthYear.start()))) {
                return YearMonth.of(monthYearOf(month, monthYear.group(1), reference, sentence), month).toString();
            }
        }
        if (reference != null) {
            Matcher relativeYear = RELATIVE_YEAR.matcher(sentence);
            if (relativeYear.find()) {
                String which = relativeYear.group(1) == null ? "last" : relativeYear.group(1).toLowerCase(Locale.ROOT);
                int year = reference.getYear() + switch (which) {
                    case "next" -> 1;
                    case "this" -> 0;
                    default -> -1;
                };
                return String.valueOf(year);
            }
        }
        Matcher year = BARE_YEAR.matcher(sentence);
        return year.find() ? year.group(1) : null;
    }

    private static LocalDate reference(String documentDate) {
        if (documentDate == null || documentDate.isBlank()) {
            return null;
        }
        try {
            return switch (documentDate.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(documentDate), 1, 1);
                case 7 -> YearMonth.parse(documentDate).atDay(1);
                default -> LocalDate.parse(documentDate.substring(0, 10));
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String day(String year, Month month, int day, LocalDate reference, String sentence) {
        int resolvedYear;
        if (year != null) {
            resolvedYear = Integer.parseInt(year);
        } else if (reference != null) {
            resolvedYear = monthYearOf(month, null, reference, sentence);
        } else {
            return null;
        }
        try {
            return LocalDate.of(resolvedYear, month, day).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A month without a year: the report's year, or the year before or after when the wording points there. */
    private static int monthYearOf(Month month, String qualifier, LocalDate reference, String sentence) {
        int year = reference.getYear();
        String which = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        if (which.equals("last") && month.getValue() >= reference.getMonthValue()) {
            return year - 1;
        }
        if (which.equals("next") && month.getValue() <= reference.getMonthValue()) {
            return year + 1;
        }
        // A month well after the report's month, told in the past tense, was last year's.
        if (which.isEmpty() && month.getValue() > reference.getMonthValue() + 1 && !FUTURE.matcher(sentence).find()
                && sentence.matches("(?is).*\\b(was|were|had|did|\\w+ed)\\b.*")) {
            return year - 1;
        }
        return year;
    }

    private static LocalDate weekday(LocalDate reference, DayOfWeek day, String sentence) {
        int forward = (day.getValue() - reference.getDayOfWeek().getValue() + 7) % 7;
        if (forward == 0) {
            return reference;
        }
        return FUTURE.matcher(sentence).find() ? reference.plusDays(forward) : reference.minusDays(7 - forward);
    }

    private static boolean precededByPreposition(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - 8), start).toLowerCase(Locale.ROOT);
        return before.matches(".*\\b(in|since|by|until|from|of|early|late|mid-?)\\s*$");
    }

    private static Month month(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(key) || full.startsWith(key) && key.length() >= 3) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static boolean valid(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
