package io.lodestone.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words for matching names: runs of letters and digits, so punctuation never
 * matters ("Viet-Nam" = "Viet Nam"); initials written with dots are one word ("U.S." = "US").
 * Each word keeps its offsets in the text, its accent-free form ({@code plain}, case kept) and its
 * accent- and case-free form ({@code key}).
 */
final class Words {

    record Word(int start, int end, String plain, String key) {
    }

    private Words() {
    }

    static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    static List<Word> of(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < to && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            words.add(word(text, start, i));
        }
        return joinInitials(text, words);
    }

    /** "U.S." and "E.U." are written initials: single letters joined by dots become one word. */
    private static List<Word> joinInitials(String text, List<Word> words) {
        List<Word> joined = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j + 1 < words.size() && isInitial(words.get(j)) && isInitial(words.get(j + 1))
                    && words.get(j + 1).start() == words.get(j).end() + 1 && text.charAt(words.get(j).end()) == '.') {
                j++;
            }
            if (j > i) {
                StringBuilder plain = new StringBuilder();
                for (int k = i; k <= j; k++) {
                    plain.append(words.get(k).plain());
                }
                int end = words.get(j).end();
                if (end < text.length() && text.charAt(end) == '.') {
                    end++;
                }
                joined.add(new Word(words.get(i).start(), end, plain.toString(),
                        plain.toString().toLowerCase(Locale.ROOT)));
            } else {
                joined.add(words.get(i));
            }
            i = j + 1;
        }
        return joined;
    }

    private static boolean isInitial(Word word) {
        return word.plain().length() == 1 && Character.isUpperCase(word.plain().charAt(0));
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static Word word(String text, int start, int end) {
        String plain = plain(text.substring(start, end));
        return new Word(start, end, plain, plain.toLowerCase(Locale.ROOT));
    }

    /** Without accents, case kept: "Việt Nam" becomes "Viet Nam", "Đà Nẵng" "Da Nang". */
    static String plain(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            // letters that are not a base letter with a mark, so NFD leaves them as they are
            switch (c) {
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ß' -> out.append("ss");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The accent- and case-free form of a text's words, joined by single spaces. */
    static String key(String text) {
        return String.join(" ", of(text).stream().map(Word::key).toList());
    }
}
