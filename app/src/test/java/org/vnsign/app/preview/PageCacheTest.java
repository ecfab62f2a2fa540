/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageCacheTest {
    private static PageImage page(int number) {
        return new PageImage(number, 10, 10, new int[100]);
    }

    @Test
    void memoryStaysWithinTheBudgetWhateverThePageCount() {
        PageCache cache = new PageCache(4 * 400);
        for (int number = 1; number <= 200; number++) {
            cache.put(10, page(number));
        }

        assertThat(cache.usedBytes()).isLessThanOrEqualTo(4 * 400);
        assertThat(cache.get(200, 10)).isPresent();
        assertThat(cache.get(1, 10)).isEmpty();
    }

    @Test
    void theLeastRecentlyViewedPageLeavesFirst() {
        PageCache cache = new PageCache(2 * 400);
        cache.put(10, page(1));
        cache.put(10, page(2));
        cache.get(1, 10);
        cache.put(10, page(3));

        assertThat(cache.get(1, 10)).isPresent();
        assertThat(cache.get(2, 10)).isEmpty();
    }

    @Test
    void aPageIsKeptPerRequestedWidth() {
        PageCache cache = new PageCache(10_000);
        cache.put(10, page(1));

        assertThat(cache.get(1, 10)).isPresent();
        assertThat(cache.get(1, 20)).isEmpty();
    }
}
