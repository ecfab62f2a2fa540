/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered pages, least recently used dropped first once their pixels exceed a byte budget. The
 * budget, not the page count, bounds memory: a 200-page document costs no more than a 2-page one.
 * Thread-safe.
 */
public final class PageCache {
    private final long budget;
    private final Map<String, PageImage> images = new LinkedHashMap<>(64, 0.75f, true);
    private long used;

    public PageCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    public synchronized Optional<PageImage> get(int page, int widthPixels) {
        return Optional.ofNullable(images.get(key(page, widthPixels)));
    }

    /** Keeps {@code image}, rendered for a request of {@code widthPixels}. */
    public synchronized void put(int widthPixels, PageImage image) {
        PageImage old = images.put(key(image.page(), widthPixels), image);
        used += image.bytes() - (old == null ? 0 : old.bytes());
        Iterator<PageImage> eldest = images.values().iterator();
        while (used > budget && images.size() > 1 && eldest.hasNext()) {
            used -= eldest.next().bytes();
            eldest.remove();
        }
    }

    public synchronized long usedBytes() {
        return used;
    }

    public synchronized void clear() {
        images.clear();
        used = 0;
    }

    private static String key(int page, int widthPixels) {
        return page + "@" + widthPixels;
    }
}
