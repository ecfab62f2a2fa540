/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token.pkcs11;

import java.nio.file.Path;

/**
 * A PKCS#11 module to probe.
 *
 * @param vendor who ships it (from the built-in table), empty for modules the user configured
 * @param path where it is, or where it was looked for when it is not installed
 */
public record ModuleCandidate(String vendor, Path path) {}
