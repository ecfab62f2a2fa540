/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** Logging set-up: the only package that knows Logback. */
package org.vnsign.app.logging;
