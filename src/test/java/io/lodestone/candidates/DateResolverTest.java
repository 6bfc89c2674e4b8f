package io.lodestone.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Output fell last year.|2026-01-20|2025",
            "Output will rise next year.|2026-01-20|2027",
            "The accord was signed on 29 January.|2026-01-28|2026-01-29",
            "The statement is due for adoption on Thursday 29 January 2026 in Hanoi.|2026-01-28|2026-01-29",
            "The deal was signed on January 12, 2024 in Hanoi.|2026-01-28|2024-01-12",
            "The plant will open in March.|2026-01-28|2026-03",
            "The plant opened in March.|2026-01-28|2025-03",
            "The plant opened in October, months of delay later.|2026-01-28|2025-10",
            "Talks resumed in May 2025.|2026-01-28|2025-05",
            "The fab will be built by 2030.|2026-01-28|2030",
            "Leaders will meet on Thursday.|2026-01-27|2026-01-29",
            "Leaders met on Monday.|2026-01-28|2026-01-26",
            "Vietnam exports tungsten.|2026-01-28|null",
            "Exports fell last year.|null|null",
    })
    void resolvesAgainstTheDocumentDate(String sentence, String documentDate, String expected) {
        assertThat(DateResolver.resolve(sentence, documentDate)).isEqualTo(expected);
    }
}
