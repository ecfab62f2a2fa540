/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsign.app.placement.Box;
import org.vnsign.app.signatures.ChangedAreas;
import org.vnsign.testsupport.documents.Decree30Pdf;

/** The area a forgery painted over is found by rendering, bounded, and on its page only. */
class ChangedAreasTest {
    @TempDir
    Path dir;

    @Test
    void theAreaAForgeryPaintedIsOutlinedAndNoOtherPage() throws Exception {
        Path original = new Decree30Pdf().pages(2).write(dir.resolve("cong-van.pdf"));
        Path forged = Forgery.paintedOver(original, dir.resolve("forged.pdf"));

        Map<Integer, Box> areas = ChangedAreas.between(original, forged, null);

        assertThat(areas).containsOnlyKeys(1);
        Box area = areas.get(1);
        // The forgery whitens x 40..560, y 300..700, where the page has text.
        assertThat(area.x()).isBetween(30f, 100f);
        assertThat(area.y()).isBetween(290f, 420f);
        assertThat(area.y() + area.height()).isBetween(600f, 712f);
    }
}
