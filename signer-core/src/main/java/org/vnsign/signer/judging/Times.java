/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.judging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times in sentences: Vietnamese order and Vietnam's time zone, named, since readers compare them with the page. */
public final class Times {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss '(UTC+7)'").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Times() {}

    public static String format(Instant time) {
        return FORMAT.format(time);
    }
}
