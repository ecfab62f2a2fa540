/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** User-facing text in Vietnamese and English. Core modules hold none. */
package org.vnsign.app.i18n;
