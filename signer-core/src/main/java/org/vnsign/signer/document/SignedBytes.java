/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.document;

import java.io.IOException;
import java.io.InputStream;

/** The bytes a signature's ByteRange covers, read as a stream each time: files may be large. */
@FunctionalInterface
public interface SignedBytes {
    InputStream open() throws IOException;
}
