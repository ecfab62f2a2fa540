/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** A real headless Chromium for the web bridge tests, driven over the DevTools protocol. */
package org.vnsign.testsupport.browser;
