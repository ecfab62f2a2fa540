/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which pages get an initial mark: {@code all}, or a list such as {@code 1-3,7} (1-based, {@code
 * last} allowed).
 */
public final class PageSelection {
    private static final int LAST = -1;

    private final List<int[]> ranges;

    private PageSelection(List<int[]> ranges) {
        this.ranges = ranges;
    }

    public static PageSelection all() {
        return new PageSelection(List.of(new int[] {1, LAST}));
    }

    /** Parses {@code all}, {@code last}, {@code 2}, {@code 1-3,7}, {@code 5-last}. */
    public static PageSelection parse(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("all")) {
            return all();
        }
        List<int[]> ranges = new ArrayList<>();
        for (String part : trimmed.split(",")) {
            String[] bounds = part.trim().split("-", -1);
            if (bounds.length > 2) {
                throw new IllegalArgumentException("bad page range '" + part + "'");
            }
            int from = page(bounds[0], part);
            int to = bounds.length == 2 ? page(bounds[1], part) : from;
            if (from != LAST && to != LAST && to < from) {
                throw new IllegalArgumentException("page range runs backwards: '" + part + "'");
            }
            ranges.add(new int[] {from, to});
        }
        return new PageSelection(List.copyOf(ranges));
    }

    private static int page(String text, String part) {
        String value = text.trim();
        if (value.equalsIgnoreCase("last")) {
            return LAST;
        }
        try {
            int page = Integer.parseInt(value);
            if (page < 1) {
                throw new IllegalArgumentException("pages start at 1: '" + part + "'");
            }
            return page;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad page range '" + part + "'", e);
        }
    }

    /**
     * The selected pages of a document with {@code pageCount} pages, ascending.
     *
     * @throws SignerException {@link SignerError#PAGE_OUT_OF_RANGE} when a named page does not exist
     */
    public List<Integer> resolve(int pageCount) throws SignerException {
        TreeSet<Integer> pages = new TreeSet<>();
        for (int[] range : ranges) {
            int from = range[0] == LAST ? pageCount : range[0];
            int to = range[1] == LAST ? pageCount : range[1];
            if (from > pageCount || to > pageCount) {
                throw new SignerException(
                        SignerError.PAGE_OUT_OF_RANGE, "page " + Math.max(from, to) + " of " + pageCount);
            }
            for (int page = from; page <= to; page++) {
                pages.add(page);
            }
        }
        return List.copyOf(pages);
    }
}
