/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** The signature panel: the verification verdict of the open document, line by line. */
package org.vnsign.app.signatures;
