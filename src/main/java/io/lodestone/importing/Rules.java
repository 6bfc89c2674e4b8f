package io.lodestone.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules a single field is checked against, with the messages docs/import-format.md promises. */
final class Rules {

    private static final String KEY = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final Pattern ENTITY_ID = Pattern.compile("([a-z]+):(" + KEY + ")");
    private static final Pattern DATE_PATTERN = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    /** An ISO date of a year, a month or a day. */
    static final Rule DATE = (value, problems) -> {
        Matcher matcher = DATE_PATTERN.matcher(value);
        if (!matcher.matches()) {
            problems.accept("must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, was \"" + value + "\"");
            return;
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(3) != null) {
                LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
            } else if (matcher.group(2) != null) {
                YearMonth.of(year, Integer.parseInt(matcher.group(2)));
            }
        } catch (DateTimeException e) {
            problems.accept("is not a calendar date: \"" + value + "\"");
        }
    };

    static final Rule DECIMAL = decimal(null, null);

    static final Rule FRACTION = decimal(BigDecimal.ZERO, BigDecimal.ONE);

    static final Rule BOOLEAN = (value, problems) -> {
        if (!value.equals("true") && !value.equals("false")) {
            problems.accept("must be true or false, was \"" + value + "\"");
        }
    };

    static final Rule RELATIONSHIP_TYPE = (value, problems) -> {
        if (!UPPER_SNAKE.matcher(value).matches()) {
            problems.accept("relationship type must be UPPER_SNAKE_CASE, was \"" + value + "\"");
        }
    };

    /** {@code *}, or {@code ;}-separated node kinds. */
    static final Rule NODE_KINDS = (value, problems) -> {
        if (!value.equals("*")) {
            for (String prefix : value.split(";")) {
                if (NodeKind.byPrefix(prefix.strip()).isEmpty()) {
                    problems.accept("unknown node kind \"" + prefix + "\"");
                }
            }
        }
    };

    private Rules() {
    }

    /** @param what "fact", "source": ids look like {@code what:<key>} */
    static Rule id(String what) {
        Pattern pattern = Pattern.compile(what + ":" + KEY);
        return (value, problems) -> {
            if (!pattern.matcher(value).matches()) {
                problems.accept(what + " id must look like " + what + ":<key> (letters, digits, . _ -), was \"" + value + "\"");
            }
        };
    }

    static Rule entityId(String prefix, String file) {
        return (value, problems) -> {
            Matcher matcher = ENTITY_ID.matcher(value);
            if (!matcher.matches()) {
                problems.accept("id must look like " + prefix + ":<key> (letters, digits, . _ -), was \"" + value + "\"");
            } else if (!matcher.group(1).equals(prefix)) {
                problems.accept("ids in " + file + " start with \"" + prefix + ":\", was \"" + value + "\"");
            }
        };
    }

    /** @param described the values as the message names them, e.g. "high, medium or low" */
    static Rule oneOf(String described, List<String> values) {
        return (value, problems) -> {
            if (!values.contains(value)) {
                problems.accept("must be " + described + ", was \"" + value + "\"");
            }
        };
    }

    static Rule integer(int min, int max) {
        return (value, problems) -> {
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    problems.accept("must be between " + min + " and " + max + ", was " + value);
                }
            } catch (NumberFormatException e) {
                problems.accept("must be a whole number, was \"" + value + "\"");
            }
        };
    }

    static Rule maxLength(int max) {
        return (value, problems) -> {
            if (value.length() > max) {
                problems.accept("is " + value.length() + " characters; keep it to one sentence of at most " + max);
            }
        };
    }

    private static Rule decimal(BigDecimal min, BigDecimal max) {
        return (value, problems) -> {
            if (!NUMBER.matcher(value).matches()) {
                problems.accept("must be a plain decimal number (no ~, %, >, thousands separators), was \"" + value
                        + "\"; keep the reported text in valueText");
                return;
            }
            BigDecimal number = new BigDecimal(value);
            if (min != null && (number.compareTo(min) < 0 || number.compareTo(max) > 0)) {
                problems.accept("must be a fraction between " + min + " and " + max + ", was " + value);
            }
        };
    }
}
