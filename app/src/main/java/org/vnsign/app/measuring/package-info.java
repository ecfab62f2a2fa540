/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * Measuring the desktop app from outside: the bench probe that {@code bench/} starts the app with,
 * and window snapshots as PNG files for the probe and the window tests to look at. Off in normal use.
 */
package org.vnsign.app.measuring;
