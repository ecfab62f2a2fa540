/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.outbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.vnsign.app.errors.AppError;
import org.vnsign.app.errors.CodedFailure;

/**
 * The outbox belongs to one delivery at a time, across processes: the desktop app and any number of
 * {@code vnsign} commands share it. An operating-system lock on {@code .lock} in the outbox folder
 * (released by the system if the process dies), plus a lock per folder inside this JVM, where the
 * file lock alone would throw.
 */
public final class OutboxLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 100;

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private OutboxLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Another VNSign holds the outbox longer than the caller would wait. */
    public static final class BusyException extends IOException implements CodedFailure {
        private static final long serialVersionUID = 1L;

        BusyException(Path folder) {
            super("the outbox " + folder + " is in use by another VNSign (the window or a command)");
        }

        @Override
        public AppError code() {
            return AppError.OUTBOX_BUSY;
        }
    }

    /**
     * Takes the lock of the outbox in {@code folder}, waiting up to {@code wait}.
     *
     * @throws BusyException when another process or thread keeps it longer
     */
    static OutboxLock take(Path folder, Duration wait) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!local.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusyException(folder);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(folder);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    return new OutboxLock(local, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new BusyException(folder);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            local.unlock();
            throw new BusyException(folder);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing releases nothing we hold.
            }
        }
    }
}
