package io.lodestone.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void readsMoneyMassAndShares() {
        Quantities.Reading money = Quantities.read("The EIB lends EUR 430 million to the grid.");
        assertThat(money.amount()).isEqualByComparingTo("430000000");
        assertThat(money.unit()).isEqualTo("EUR");

        Quantities.Reading dollars = Quantities.read("Intel has invested $1.5 billion in its plant.");
        assertThat(dollars.amount()).isEqualByComparingTo("1500000000");
        assertThat(dollars.unit()).isEqualTo("USD");

        Quantities.Reading mass = Quantities.read("Vietnam mined 3,400 tonnes of tungsten.");
        assertThat(mass.amount()).isEqualByComparingTo("3400");
        assertThat(mass.unit()).isEqualTo("t");

        Quantities.Reading share = Quantities.read("China supplies about 40% of the bloc's gallium.");
        assertThat(share.share()).isEqualByComparingTo(new BigDecimal("0.4"));
        assertThat(share.amount()).isNull();

        assertThat(Quantities.read("Vietnam exports tungsten.")).isEqualTo(new Quantities.Reading(null, null, null, null));
    }
}
