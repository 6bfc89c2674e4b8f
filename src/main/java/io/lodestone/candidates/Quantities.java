package io.lodestone.candidates;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the amount, unit and share a sentence gives: "USD 1.5 billion", "€430 million",
 * "3,500 tonnes", "about 40%". Amounts are plain decimals as the import files take them
 * (1.5 billion USD is 1500000000, unit USD); a percentage is a share between 0 and 1. The
 * reported text is kept as {@code valueText}.
 */
final class Quantities {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s*(trillion|billion|million|thousand|bn|mn|m|k)\\b)?";
    private static final Pattern MONEY_BEFORE = Pattern.compile(
            "(US\\$|USD|EUR|VND|GBP|JPY|CNY|AUD|\\$|€|£|¥)\\s?" + NUMBER + SCALE, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_AFTER = Pattern.compile(
            "\\b" + NUMBER + SCALE + "\\s*(US dollars|dollars|euros|USD|EUR|VND|dong)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MASS = Pattern.compile(
            "\\b" + NUMBER + SCALE + "\\s*(metric tons|metric tonnes|tonnes|tons|tonnes per year|t)\\b(\\s+(?:of\\s+)?(?:REO|rare earth oxides?))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("\\b" + NUMBER + "\\s*(%|percent|per cent)", Pattern.CASE_INSENSITIVE);

    private Quantities() {
    }

    record Reading(BigDecimal amount, String unit, BigDecimal share, String valueText) {
    }

    static Reading read(String sentence) {
        BigDecimal amount = null;
        String unit = null;
        String valueText = null;
        Matcher money = MONEY_BEFORE.matcher(sentence);
        Matcher moneyAfter = MONEY_AFTER.matcher(sentence);
        Matcher mass = MASS.matcher(sentence);
        if (money.find()) {
            amount = scaled(money.group(2), money.group(3));
            unit = currency(money.group(1));
            valueText = money.group();
        } else if (moneyAfter.find()) {
            amount = scaled(moneyAfter.group(1), moneyAfter.group(2));
            unit = currency(moneyAfter.group(3));
            valueText = moneyAfter.group();
        } else if (mass.find()) {
            amount = scaled(mass.group(1), mass.group(2));
            unit = mass.group(4) != null ? "t REO" : "t";
            valueText = mass.group();
        }
        BigDecimal share = null;
        Matcher percent = PERCENT.matcher(sentence);
        if (percent.find()) {
            BigDecimal value = new BigDecimal(percent.group(1).replace(",", ""));
            if (value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                share = value.movePointLeft(2).stripTrailingZeros();
                valueText = valueText == null ? percent.group() : valueText;
            }
        }
        return new Reading(amount, unit, share, valueText);
    }

    private static BigDecimal scaled(String number, String scale) {
        BigDecimal value = new BigDecimal(number.replace(",", ""));
        if (scale != null) {
            int power = switch (scale.toLowerCase(Locale.ROOT)) {
                case "trillion" -> 12;
                case "billion", "bn" -> 9;
                case "million", "mn", "m" -> 6;
                default -> 3;
            };
            value = value.movePointRight(power);
        }
        return value.stripTrailingZeros();
    }

    private static String currency(String symbol) {
        return switch (symbol.toLowerCase(Locale.ROOT)) {
            case "$", "us$", "usd", "dollars", "us dollars" -> "USD";
            case "€", "eur", "euros" -> "EUR";
            case "£", "gbp" -> "GBP";
            case "¥", "jpy" -> "JPY";
            case "vnd", "dong" -> "VND";
            default -> symbol.toUpperCase(Locale.ROOT);
        };
    }
}
