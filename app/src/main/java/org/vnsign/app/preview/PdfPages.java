/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open PDF, rendered page by page with PDFBox on its own background thread (PDFBox documents
 * are not thread-safe, so one thread owns it). Requests for pages no longer on screen are dropped
 * before they start, newest first, so fast scrolling never queues a backlog. Rendered pages are
 * kept in a {@link PageCache}. Close it when the document closes.
 */
public final class PdfPages implements AutoCloseable {
    /** Cache budget for rendered pages: about ten A4 pages at the width of a large window. */
    public static final long CACHE_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(PdfPages.class);

    private final Path file;
    private final PDDocument document;
    private final PDFRenderer renderer;
    private final List<PageSize> sizes;
    private final PageCache cache;
    private final ExecutorService thread;

    private PdfPages(Path file, PDDocument document, PageCache cache) {
        this.file = file;
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.renderer.setSubsamplingAllowed(true);
        this.cache = cache;
        List<PageSize> pages = new ArrayList<>(document.getNumberOfPages());
        for (var page : document.getPages()) {
            PDRectangle crop = page.getCropBox();
            int rotation = Math.floorMod(page.getRotation(), 360);
            boolean sideways = rotation == 90 || rotation == 270;
            pages.add(new PageSize(
                    crop.getLowerLeftX(),
                    crop.getLowerLeftY(),
                    sideways ? crop.getHeight() : crop.getWidth(),
                    sideways ? crop.getWidth() : crop.getHeight()));
        }
        this.sizes = Collections.unmodifiableList(pages);
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "vnsign-render");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens a PDF for viewing.
     *
     * @param password the user password of an encrypted PDF, or null
     * @throws PasswordNeeded when the file is encrypted and the password is missing or wrong
     * @throws IOException when the file is not a readable PDF
     */
    public static PdfPages open(Path file, char[] password, PageCache cache) throws IOException {
        PDDocument document;
        try {
            document = password == null
                    ? Loader.loadPDF(file.toFile())
                    : Loader.loadPDF(file.toFile(), new String(password));
        } catch (InvalidPasswordException e) {
            throw new PasswordNeeded(file, e);
        }
        return new PdfPages(file, document, cache);
    }

    /**
     * The file is encrypted and the password was missing or wrong: the caller asks for one. (PDFBox's
     * own exception type stops here, so view models do not depend on the rendering library.)
     */
    public static final class PasswordNeeded extends IOException {
        private static final long serialVersionUID = 1L;

        PasswordNeeded(Path file, Throwable cause) {
            super(file.getFileName() + " needs a password", cause);
        }
    }

    public Path file() {
        return file;
    }

    public int pageCount() {
        return sizes.size();
    }

    /** The page numbers, 1 to {@link #pageCount()}, for the lists that show the pages. */
    public List<Integer> pageNumbers() {
        return IntStream.rangeClosed(1, sizes.size()).boxed().toList();
    }

    /** Sizes of all pages, index 0 for page 1. */
    public List<PageSize> sizes() {
        return sizes;
    }

    /**
     * Renders page {@code page} (1-based) {@code widthPixels} wide and hands it to {@code done} on the
     * render thread; at once when cached. Cancel the returned future when the page leaves the screen.
     */
    public Future<?> render(int page, int widthPixels, Consumer<PageImage> done) {
        var cached = cache.get(page, widthPixels);
        if (cached.isPresent()) {
            done.accept(cached.get());
            return CompletableFuture.completedFuture(null);
        }
        return thread.submit(() -> {
            try {
                done.accept(renderNow(page, widthPixels));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Page {} of {} could not be rendered", page, file.getFileName(), e);
            }
        });
    }

    /** Renders on the calling thread (benchmarks, tests); uses and fills the cache. */
    public synchronized PageImage renderNow(int page, int widthPixels) throws IOException {
        var cached = cache.get(page, widthPixels);
        if (cached.isPresent()) {
            return cached.get();
        }
        float scale = widthPixels / sizes.get(page - 1).width();
        BufferedImage image = renderer.renderImage(page - 1, scale, ImageType.RGB);
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        PageImage rendered = new PageImage(page, width, height, argb);
        cache.put(widthPixels, rendered);
        return rendered;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        cache.clear();
        try {
            document.close();
        } catch (IOException e) {
            LOG.debug("Closing {} failed", file, e);
        }
    }
}
