/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

import java.nio.file.Path;

/** One attempt to deliver an outbox entry's file; every failure is a result, never an exception. */
public interface Uploader {
    UploadResult upload(Upload entry, Path file);
}
