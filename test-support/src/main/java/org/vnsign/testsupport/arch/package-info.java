/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** ArchUnit rules guarding VNSign's module boundaries. */
package org.vnsign.testsupport.arch;
