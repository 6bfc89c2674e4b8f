package io.lodestone.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** How an entity's answer shares its limit among the relationship groups. */
class QuotasTest {

    @Test
    void aSmallEntityIsShownWhole() {
        assertThat(EntityService.quotas(new long[] {3, 20, 1}, 200)).containsExactly(3, 20, 1);
    }

    @Test
    void whatSmallGroupsLeaveGoesToTheLargeOnesAndTheLimitHolds() {
        int[] quotas = EntityService.quotas(new long[] {100_000, 2, 5_000, 10}, 100);

        assertThat(quotas).containsExactly(44, 2, 44, 10);
        assertThat(Arrays.stream(quotas).sum()).isEqualTo(100);
    }

    @Test
    void aZeroLimitShowsNothingAndNoGroupsShowNothing() {
        assertThat(EntityService.quotas(new long[] {4, 9}, 0)).containsExactly(0, 0);
        assertThat(EntityService.quotas(new long[0], 200)).isEmpty();
    }
}
