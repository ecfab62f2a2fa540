/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** The clearly labelled demo token for trying VNSign without a USB token. */
package org.vnsign.app.demo;
