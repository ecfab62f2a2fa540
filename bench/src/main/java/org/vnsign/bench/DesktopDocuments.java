/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vnsign.testsupport.documents.Decree30Pdf;

/** Writes the documents the desktop benchmark opens: Decree 30 letters of 2, 20 and 200 pages. */
public final class DesktopDocuments {
    private DesktopDocuments() {}

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (int pages : new int[] {2, 20, 200}) {
            new Decree30Pdf().pages(pages).write(folder.resolve("desktop-" + pages + "p.pdf"));
        }
    }
}
